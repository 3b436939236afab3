package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {
  @Test
  void scalesTheSeriesIntoTheBoxWithTheHighestValueOnTop() {
    assertThat(Sparkline.segments(List.of(0.0, 5.0, 10.0), 100, 20))
        .containsExactly("0.0,20.0 50.0,10.0 100.0,0.0");
  }

  @Test
  void gapsSplitTheLineAndALonePointStaysVisible() {
    List<Double> values = Arrays.asList(1.0, 2.0, null, Double.NaN, 3.0);
    assertThat(Sparkline.segments(values, 40, 10))
        .containsExactly("0.0,10.0 10.0,5.0", "40.0,0.0 40.0,0.0");
  }

  @Test
  void aConstantSeriesIsAFlatLineInTheMiddle() {
    assertThat(Sparkline.segments(List.of(7.0, 7.0), 10, 10)).containsExactly("0.0,5.0 10.0,5.0");
  }

  @Test
  void nothingDrawableDrawsNothing() {
    assertThat(Sparkline.segments(Arrays.asList(null, Double.POSITIVE_INFINITY), 10, 10)).isEmpty();
    assertThat(Sparkline.segments(List.of(), 10, 10)).isEmpty();
  }
}
