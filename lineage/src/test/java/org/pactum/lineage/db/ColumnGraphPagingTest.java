package org.pactum.lineage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.EdgeCursor;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageBatch;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.TransformationSubtype;
import org.pactum.lineage.core.TransformationType;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** Pages of a column graph's edges: every edge once, no (target, source) pair split. */
@ExtendWith(PostgresExtension.class)
class ColumnGraphPagingTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ColumnRef ROOT = ColumnRef.of("wh", "src", "key");

  private final TestDatabase db;
  private final JdbiLineageStore store;

  ColumnGraphPagingTest(TestDatabase db) {
    this.db = db;
    store = new JdbiLineageStore(Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin()));
  }

  /**
   * The root feeds mid.c0..c5 (IDENTITY); each mid column feeds every out.c0..c3 (JOIN), and mid.c0
   * → out.c0 is also reported by two more jobs: 6 + 24 + 2 = 32 edges, one pair holding 3.
   */
  @BeforeEach
  void graph() {
    db.execute("truncate lineage.dataset cascade");
    List<ColumnEdge> edges = new ArrayList<>();
    for (int m = 0; m < 6; m++) {
      ColumnRef mid = ColumnRef.of("wh", "mid", "c" + m);
      edges.add(new ColumnEdge(ROOT, mid, TransformationSubtype.IDENTITY, false));
      for (int o = 0; o < 4; o++) {
        edges.add(
            new ColumnEdge(
                mid, ColumnRef.of("wh", "out", "c" + o), TransformationSubtype.JOIN, false));
      }
    }
    record(new JobRef("etl", "job1"), edges);
    ColumnEdge crowded =
        new ColumnEdge(
            ColumnRef.of("wh", "mid", "c0"),
            ColumnRef.of("wh", "out", "c0"),
            TransformationSubtype.JOIN,
            false);
    record(new JobRef("etl", "job2"), List.of(crowded));
    record(new JobRef("etl", "job3"), List.of(crowded));
  }

  private void record(JobRef job, List<ColumnEdge> edges) {
    store.record(new LineageBatch(job, "r", T0, List.of(), List.of(), Map.of(), edges, List.of()));
  }

  private ColumnGraph page(int limit, EdgeCursor after, TransformationType type) {
    return store
        .columnGraph(ROOT, Direction.DOWN, 5, type, new EdgePage(limit, after))
        .orElseThrow();
  }

  @Test
  void pagesTogetherHoldEveryEdgeOnceAndNeverSplitAPair() {
    ColumnGraph whole = page(EdgePage.MAX_LIMIT, null, null);
    assertThat(whole.edges()).hasSize(32);
    assertThat(whole.nextEdges()).isNull();

    for (int limit : new int[] {1, 2, 3, 5, 7, 31}) {
      List<LineageEdge> seen = new ArrayList<>();
      Set<String> pairsSeen = new HashSet<>();
      EdgeCursor after = null;
      int pages = 0;
      do {
        ColumnGraph g = page(limit, after, null);
        assertThat(g.nodes()).as("every page has all the columns").isEqualTo(whole.nodes());
        Set<String> pairs = new HashSet<>();
        for (LineageEdge e : g.edges()) {
          pairs.add(e.source() + ">" + e.target());
        }
        assertThat(pairs.stream().filter(pairsSeen::contains))
            .as("a pair is never split over pages")
            .isEmpty();
        pairsSeen.addAll(pairs);
        if (g.edges().size() > limit) {
          assertThat(pairs).as("only one pair can exceed the limit").hasSize(1);
        }
        seen.addAll(g.edges());
        after = g.nextEdges();
        pages++;
      } while (after != null && pages < 100);
      assertThat(after).as("limit %d ends", limit).isNull();
      assertThat(seen)
          .as("limit %d", limit)
          .hasSize(32)
          .containsExactlyInAnyOrderElementsOf(whole.edges());
    }
  }

  @Test
  void aPairWithMoreEdgesThanTheLimitIsOnePage() {
    List<LineageEdge> crowded =
        whole().edges().stream()
            .filter(
                e ->
                    e.source().equals(ColumnRef.of("wh", "mid", "c0"))
                        && e.target().equals(ColumnRef.of("wh", "out", "c0")))
            .toList();
    assertThat(crowded).hasSize(3);
    EdgeCursor after = null;
    boolean found = false;
    do {
      ColumnGraph g = page(2, after, null);
      if (g.edges().containsAll(crowded)) {
        assertThat(g.edges()).hasSize(3);
        found = true;
      }
      after = g.nextEdges();
    } while (after != null);
    assertThat(found).isTrue();
  }

  @Test
  void aTypeFilterPagesOnlyThoseEdges() {
    List<LineageEdge> seen = new ArrayList<>();
    EdgeCursor after = null;
    do {
      ColumnGraph g = page(2, after, TransformationType.DIRECT);
      seen.addAll(g.edges());
      after = g.nextEdges();
    } while (after != null);
    assertThat(seen).hasSize(6).allMatch(e -> e.type() == TransformationType.DIRECT);
  }

  @Test
  void aCursorSurvivesItsToken() {
    ColumnGraph first = page(5, null, null);
    EdgeCursor next = first.nextEdges();
    assertThat(next).isNotNull();
    assertThat(EdgeCursor.parse(next.token())).isEqualTo(next);
    assertThat(page(5, EdgeCursor.parse(next.token()), null).edges())
        .doesNotContainAnyElementsOf(first.edges());
  }

  private ColumnGraph whole() {
    return page(EdgePage.MAX_LIMIT, null, null);
  }
}
