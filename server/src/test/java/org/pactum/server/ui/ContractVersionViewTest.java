package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.ui.VersionHistoryTest.version;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.registry.core.contract.ContractVersion;

class ContractVersionViewTest {
  @Test
  void aVersionPageShowsTheContractThenItsFilesOrTheSchemaTextOfAnOldVersion() {
    OffsetDateTime t = OffsetDateTime.parse("2026-11-20T06:30:15Z");
    ContractVersion withFiles =
        version(1, "1.0.0", t, Map.of("x.avsc", "{\"a\": 1}", "common/money.avsc", "{}"), "x");
    assertThat(ContractVersionView.files(withFiles))
        .extracting(SourceFile::name)
        .containsExactly("x.contract.yaml", "common/money.avsc", "x.avsc");
    assertThat(ContractVersionView.files(withFiles).get(0).text()).isEqualTo("id: shop.orders\n");

    ContractVersion old = version(2, "1.0.1", t, Map.of(), "{\"old\": true}");
    assertThat(ContractVersionView.files(old))
        .containsExactly(
            new SourceFile("contract.yaml", "id: shop.orders\n"),
            new SourceFile("schema", "{\"old\": true}"));
  }
}
