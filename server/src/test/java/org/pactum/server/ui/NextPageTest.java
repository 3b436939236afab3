package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextPageTest {
  @Test
  void aPageOfTheUiIsWhereThePersonGoesBack() {
    assertThat(NextPage.of("/ui/incidents?state=open").path())
        .isEqualTo("/ui/incidents?state=open");
    assertThat(NextPage.of("/ui").path()).isEqualTo("/ui");
    assertThat(NextPage.of("/ui/contracts/orders.order_placed").path())
        .isEqualTo("/ui/contracts/orders.order_placed");
  }

  @Test
  void anythingElseIsTheContractList() {
    for (String elsewhere :
        new String[] {
          null,
          "",
          "https://evil.example/ui/",
          "//evil.example/ui/",
          "/ui//evil.example",
          "/ui/\\evil.example",
          "/uiX",
          "/api/v1/tokens",
          "/ui/login?next=/ui/",
          "/ui/\nSet-Cookie: x",
          "/ui/ incidents",
          "/ui/" + "a".repeat(3000)
        }) {
      assertThat(NextPage.of(elsewhere).path()).as(String.valueOf(elsewhere)).isEqualTo("/ui/");
    }
  }
}
