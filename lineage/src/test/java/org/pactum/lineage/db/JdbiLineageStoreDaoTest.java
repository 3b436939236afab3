package org.pactum.lineage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetDependency;
import org.pactum.lineage.core.DatasetGraph;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageBatch;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageNode;
import org.pactum.lineage.core.TransformationSubtype;
import org.pactum.lineage.core.TransformationType;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class JdbiLineageStoreDaoTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final JobRef JOB = new JobRef("etl", "job1");
  private static final EdgePage ALL = EdgePage.first(EdgePage.MAX_LIMIT);

  private final TestDatabase db;
  private final Jdbi jdbi;
  private final JdbiLineageStore store;

  JdbiLineageStoreDaoTest(TestDatabase db) {
    this.db = db;
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    store = new JdbiLineageStore(jdbi);
  }

  @BeforeEach
  void empty() {
    db.execute("truncate lineage.dataset cascade");
  }

  private static ColumnRef col(String table, String column) {
    return ColumnRef.of("wh", table, column);
  }

  private static ColumnEdge direct(ColumnRef s, ColumnRef t) {
    return new ColumnEdge(s, t, TransformationSubtype.IDENTITY, false);
  }

  private void record(String run, Instant at, List<ColumnEdge> edges) {
    store.record(new LineageBatch(JOB, run, at, List.of(), List.of(), Map.of(), edges, List.of()));
  }

  private static List<String> names(ColumnGraph g) {
    return g.nodes().stream().map(n -> n.side() + " " + n.column() + " @" + n.distance()).toList();
  }

  @Test
  void upsertsAreIdempotentAndMoveLastSeenAndTheRun() {
    List<ColumnEdge> edges =
        List.of(
            direct(col("a", "x"), col("b", "x")),
            new ColumnEdge(col("a", "y"), col("b", "x"), TransformationSubtype.FILTER, false));
    record("run-1", T0, edges);
    record("run-2", T0.plusSeconds(60), edges);
    record("run-0", T0.minusSeconds(60), edges); // a late, older event does not move last_seen
    assertThat(count("lineage.column_edge")).isEqualTo(2);
    assertThat(count("lineage.dataset_column")).isEqualTo(3);
    assertThat(count("lineage.dataset_edge")).isEqualTo(1);
    LineageEdge e =
        store.columnGraph(col("a", "x"), Direction.DOWN, 1, null, ALL).orElseThrow().edges().get(0);
    assertThat(e.firstSeen()).isEqualTo(T0);
    assertThat(e.lastSeen()).isEqualTo(T0.plusSeconds(60));
    assertThat(e.lastRunId()).isEqualTo("run-2");
    assertThat(e.job()).isEqualTo(JOB);
  }

  @Test
  void walksStopAtTheDepthAndSurviveCycles() {
    // a -> b -> c -> a (a cycle), c -> d
    record(
        "r",
        T0,
        List.of(
            direct(col("a", "x"), col("b", "x")),
            direct(col("b", "x"), col("c", "x")),
            direct(col("c", "x"), col("a", "x")),
            direct(col("c", "x"), col("d", "x"))));
    ColumnGraph all = store.columnGraph(col("a", "x"), Direction.DOWN, 50, null, ALL).orElseThrow();
    assertThat(names(all)).containsExactly("DOWN wh:b.x @1", "DOWN wh:c.x @2", "DOWN wh:d.x @3");
    assertThat(all.edges()).hasSize(4); // the edge closing the cycle is shown too
    ColumnGraph two = store.columnGraph(col("a", "x"), Direction.DOWN, 2, null, ALL).orElseThrow();
    assertThat(names(two)).containsExactly("DOWN wh:b.x @1", "DOWN wh:c.x @2");
    ColumnGraph up = store.columnGraph(col("d", "x"), Direction.UP, 10, null, ALL).orElseThrow();
    assertThat(names(up)).containsExactly("UP wh:c.x @1", "UP wh:b.x @2", "UP wh:a.x @3");
    ColumnGraph both = store.columnGraph(col("b", "x"), Direction.BOTH, 1, null, ALL).orElseThrow();
    assertThat(names(both)).containsExactly("UP wh:a.x @1", "DOWN wh:c.x @1");
    assertThat(store.columnGraph(col("nope", "x"), Direction.DOWN, 1, null, ALL)).isEmpty();
    // the columns only: the same nodes, no edges read
    ColumnGraph nodesOnly =
        store.columnGraph(col("a", "x"), Direction.DOWN, 50, null, EdgePage.NONE).orElseThrow();
    assertThat(nodesOnly.nodes()).isEqualTo(all.nodes());
    assertThat(nodesOnly.edges()).isEmpty();
    assertThat(nodesOnly.withEdges()).isFalse();
    assertThat(all.nextEdges()).isNull();
  }

  @Test
  void aTypeFilterFollowsOnlyThoseEdges() {
    record(
        "r",
        T0,
        List.of(
            direct(col("a", "x"), col("b", "x")),
            new ColumnEdge(col("a", "x"), col("c", "x"), TransformationSubtype.JOIN, false)));
    ColumnGraph g =
        store
            .columnGraph(col("a", "x"), Direction.DOWN, 5, TransformationType.DIRECT, ALL)
            .orElseThrow();
    assertThat(g.nodes()).extracting(LineageNode::column).containsExactly(col("b", "x"));
  }

  @Test
  void datasetGraphsFollowRunsAndColumnEdges() {
    DatasetRef a = new DatasetRef("wh", "a");
    DatasetRef b = new DatasetRef("wh", "b");
    DatasetRef c = new DatasetRef("wh", "c");
    store.record(
        new LineageBatch(JOB, "r", T0, List.of(a), List.of(b), Map.of(), List.of(), List.of()));
    store.record(
        new LineageBatch(
            new JobRef("etl", "job2"),
            "r2",
            T0,
            List.of(),
            List.of(),
            Map.of(),
            List.of(direct(col("b", "x"), col("c", "x")), direct(col("c", "x"), col("a", "x"))),
            List.of(
                new DatasetDependency(col("b", "flag"), c, TransformationSubtype.FILTER, false))));
    DatasetGraph g = store.datasetGraph(a, Direction.DOWN, 10).orElseThrow();
    assertThat(g.nodes())
        .extracting(n -> n.dataset().name() + "@" + n.distance())
        .containsExactly("b@1", "c@2");
    assertThat(g.edges())
        .extracting(e -> e.source().name() + ">" + e.target().name())
        .containsExactlyInAnyOrder("a>b", "b>c", "c>a");
    assertThat(count("lineage.dataset_dependency")).isEqualTo(1);
  }

  @Test
  void derivedColumnsFollowOnlyDirectUnmaskedEdgesThroughCycles() {
    record(
        "r",
        T0,
        List.of(
            direct(col("crm", "email"), col("mart", "email")),
            new ColumnEdge(
                col("mart", "email"),
                col("mart2", "email_hash"),
                TransformationSubtype.TRANSFORMATION,
                true),
            new ColumnEdge(
                col("mart", "email"), col("mart2", "n"), TransformationSubtype.FILTER, false),
            new ColumnEdge(
                col("mart", "email"),
                col("mart3", "lower_email"),
                TransformationSubtype.TRANSFORMATION,
                false),
            direct(col("mart3", "lower_email"), col("crm", "email"))));
    assertThat(store.derivedFrom(List.of(col("crm", "email"), col("unknown", "x"))))
        .extracting(d -> d.column() + " <- " + d.origin())
        .containsExactly("wh:mart.email <- wh:crm.email", "wh:mart3.lower_email <- wh:crm.email");
  }

  private long count(String table) {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }
}
