package org.pactum.api.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.api.InvalidInputException;

class PageRequestTest {
  private static final Paging THINGS = new Paging("things", 3, 10);
  private static final Paging OTHERS = new Paging("others", 3, 10);

  @Test
  void absentOrBlankParametersAskForTheFirstPageAtTheDefaultLimit() {
    assertThat(PageRequest.of(THINGS, 1, null, null)).isEqualTo(new PageRequest(THINGS, 3, null));
    assertThat(PageRequest.of(THINGS, 1, " ", "")).isEqualTo(new PageRequest(THINGS, 3, null));
    assertThat(PageRequest.of(THINGS, 1, "10", null).limit()).isEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "11", "ten", "1.5", "99999999999"})
  void aLimitOutsideOneToTheMaximumIsA400NamingLimit(String limit) {
    assertThatThrownBy(() -> PageRequest.of(THINGS, 1, limit, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("limit");
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains("1 to 10");
            });
  }

  @Test
  void walkingEveryPageServesEachItemOnceInOrder() {
    List<Integer> all = IntStream.range(0, 11).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      PageRequest r = PageRequest.of(THINGS, 2, "4", next);
      int from = r.after() == null ? 0 : (int) r.after().number(1) + 1;
      List<Integer> fetched = all.subList(from, Math.min(all.size(), from + r.fetchSize()));
      Page<Integer> page = r.page("things", fetched, i -> List.of("k", Integer.toString(i)));
      seen.addAll(page.items());
      next = page.next();
      pages++;
    } while (next != null);
    assertThat(seen).isEqualTo(all);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aPageAnswersWithItsItemsNameAndNext() throws Exception {
    Page<String> last = new Page<>("things", List.of("a"), null);
    assertThat(new ObjectMapper().writeValueAsString(last))
        .isEqualTo("{\"things\":[\"a\"],\"next\":null}");
  }

  @Test
  void aCursorRoundTripsAndLooksOpaque() {
    String text = CursorCodec.encode(new Cursor("things", List.of("2026-01-01T00:00:00Z", "r-1")));
    assertThat(text).matches("[A-Za-z0-9_-]+");
    assertThat(CursorCodec.decode(text, "things", 2).key())
        .containsExactly("2026-01-01T00:00:00Z", "r-1");
  }

  @Test
  void aGarbledCursorIsA400NamingNext() {
    String good = CursorCodec.encode(new Cursor("things", List.of("7")));
    char c = good.charAt(good.length() / 2);
    String edited =
        good.substring(0, good.length() / 2)
            + (c == 'A' ? 'B' : 'A')
            + good.substring(good.length() / 2 + 1);
    for (String bad :
        List.of(
            "not a cursor!", "abc", edited, good.substring(0, good.length() - 2), good + "AA")) {
      assertThatThrownBy(() -> PageRequest.of(THINGS, 1, null, bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("next");
                assertThat(e.status()).isEqualTo(400);
              });
    }
  }

  @Test
  void aCursorFromAnotherEndpointOrWithTheWrongShapeIsA400NamingNext() {
    String foreign = CursorCodec.encode(new Cursor("others", List.of("7")));
    assertThatThrownBy(() -> PageRequest.of(THINGS, 1, null, foreign))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("next");
              assertThat(e.getMessage()).contains("another list");
            });
    String twoParts = CursorCodec.encode(new Cursor("things", List.of("7", "8")));
    assertThatThrownBy(() -> PageRequest.of(THINGS, 1, null, twoParts))
        .isInstanceOf(InvalidInputException.class);
    String word = CursorCodec.encode(new Cursor("things", List.of("seven")));
    Cursor c = PageRequest.of(THINGS, 1, null, word).after();
    assertThatThrownBy(() -> c.number(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> c.instant(0)).isInstanceOf(InvalidInputException.class);
    assertThat(OTHERS.kind()).isEqualTo("others");
  }
}
