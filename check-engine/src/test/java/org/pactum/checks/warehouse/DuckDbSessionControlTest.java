package org.pactum.checks.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuckDbSessionControlTest {
  @Test
  void duckDbErrorDetailDropsTheStatementEcho() {
    assertThat(
            DuckDbSessionControl.detail(
                "Invalid Input Error: Attempting to execute an unsuccessful or closed pending query"
                    + " result\nError: Catalog Error: Table with name x does not exist!\n\nLINE 1:"
                    + " select * from x\n        ^"))
        .isEqualTo("Catalog Error: Table with name x does not exist!");
  }
}
