package org.pactum.contracts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  static final List<String> KEYS = List.of("checks", "schema", "dataset", "owner", "customer_id");

  @Test
  void transpositionCountsAsOneEdit() {
    assertThat(Suggestions.distance("chekcs", "checks")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.closest("chekcs", KEYS)).contains("checks");
  }

  @Test
  void suggestsOnlyPlausibleTypos() {
    assertThat(Suggestions.closest("shema", KEYS)).contains("schema");
    assertThat(Suggestions.closest("OWNER", KEYS)).contains("owner");
    assertThat(Suggestions.closest("customer", KEYS)).contains("customer_id");
    assertThat(Suggestions.closest("zzzz", KEYS)).isEmpty();
    assertThat(Suggestions.closest("ab", List.of("xy"))).isEmpty();
  }

  @Test
  void didYouMeanFormatsTheSuggestion() {
    assertThat(Suggestions.didYouMean("datset", KEYS)).isEqualTo(" (did you mean 'dataset'?)");
    assertThat(Suggestions.didYouMean("qqqqqq", KEYS)).isEmpty();
  }
}
