package org.pactum.registry.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractWorkspaceTest {

  private static ContractSubmission with(String path, String text) {
    return new ContractSubmission("id: x", "orders/x.contract.yaml", Map.of(path, text));
  }

  @Test
  void writesTheFilesInsideAPrivateFolderAndDeletesItOnClose() throws Exception {
    Path root;
    try (ContractWorkspace ws =
        ContractWorkspace.of(with("common/money.proto", "syntax"), SubmissionLimits.DEFAULT)) {
      root = ws.root();
      assertThat(ws.contractFile().getFileName().toString()).isEqualTo("x.contract.yaml");
      assertThat(Files.readString(root.resolve("common/money.proto"))).isEqualTo("syntax");
      assertThat(ws.relative(root.resolve("common/money.proto"))).isEqualTo("common/money.proto");
    }
    assertThat(root).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x.avsc",
        "a/../../x.avsc",
        "/etc/passwd",
        "a//b.avsc",
        "./x.avsc",
        "a\\b.avsc",
        "C:/x.avsc",
        "x\u0000.avsc",
        ""
      })
  void refusesPathsThatCouldLeaveTheFolder(String path) {
    assertThatThrownBy(() -> ContractWorkspace.of(with(path, "x"), SubmissionLimits.DEFAULT))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> assertThat(e.error()).isEqualTo(ContractError.INVALID_FILES));
  }

  @Test
  void refusesTooMuchText() {
    assertThatThrownBy(
            () ->
                ContractWorkspace.of(with("x.avsc", "x".repeat(100)), new SubmissionLimits(5, 50)))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> assertThat(e.getMessage()).contains("the limit is 50"));
  }

  @Test
  void aContractWithoutTextIsRefused() {
    assertThatThrownBy(
            () ->
                ContractWorkspace.of(
                    new ContractSubmission(" ", null, Map.of()), SubmissionLimits.DEFAULT))
        .isInstanceOf(ContractCatalogException.class)
        .hasMessageContaining("no contract text");
  }
}
