package org.pactum.lineage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeOrderTest {
  private record Edge(int source, int target, String job) {}

  private static final Comparator<Edge> EXPECTED =
      Comparator.comparingInt(Edge::source).thenComparingInt(Edge::target).thenComparing(Edge::job);

  @Test
  void ordersBySourceThenTargetThenTieBreaker() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      int ranks = 1 + random.nextInt(40);
      int n = random.nextInt(400);
      List<Edge> edges = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        edges.add(
            new Edge(random.nextInt(ranks), random.nextInt(ranks), "job" + random.nextInt(5)));
      }
      int[] source = edges.stream().mapToInt(Edge::source).toArray();
      int[] target = edges.stream().mapToInt(Edge::target).toArray();
      int[] order =
          EdgeOrder.sort(
              source, target, ranks, (a, b) -> edges.get(a).job().compareTo(edges.get(b).job()));

      List<Edge> sorted = new ArrayList<>();
      for (int i : order) {
        sorted.add(edges.get(i));
      }
      List<Edge> expected = new ArrayList<>(edges);
      expected.sort(EXPECTED);
      assertThat(sorted).isEqualTo(expected);
      assertThat(order).hasSize(n).doesNotHaveDuplicates();
    }
  }

  @Test
  void noEdges() {
    assertThat(EdgeOrder.sort(new int[0], new int[0], 3, (a, b) -> 0)).isEmpty();
  }

  @Test
  void aRankWithNoEdgesLeavesNoGap() {
    int[] order = EdgeOrder.sort(new int[] {2, 0, 2}, new int[] {1, 2, 0}, 3, (a, b) -> 0);
    assertThat(order).containsExactly(1, 2, 0);
  }
}
