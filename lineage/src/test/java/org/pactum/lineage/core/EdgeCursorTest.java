package org.pactum.lineage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EdgeCursorTest {
  private static String token(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aTokenParsesBackToItsCursor() {
    EdgeCursor cursor = new EdgeCursor(123456789012L, 42);
    assertThat(EdgeCursor.parse(cursor.token())).isEqualTo(cursor);
    assertThat(EdgeCursor.parse(" " + cursor.token() + " ")).isEqualTo(cursor);
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad :
        new String[] {
          "not base64!", token("e2.1.2"), token("e1.1"), token("e1.1.2.3"), token("e1.x.2"), ""
        }) {
      assertThatThrownBy(() -> EdgeCursor.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not an edge cursor");
    }
  }
}
