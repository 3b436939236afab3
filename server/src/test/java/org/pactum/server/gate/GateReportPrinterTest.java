package org.pactum.server.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;

class GateReportPrinterTest {

  @Test
  void githubCommandsEscapeDataAndProperties() {
    assertThat(GateReportPrinter.githubData("50% of rows\r\nfail"))
        .isEqualTo("50%25 of rows%0D%0Afail");
    assertThat(GateReportPrinter.githubProperty("C:\\a,b.yaml")).isEqualTo("C%3A\\a%2Cb.yaml");
  }

  @Test
  void xmlEscapesMarkupAndDropsControlCharacters() {
    assertThat(GateReportPrinter.xml("<a href=\"x\">&'\u0001"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&apos; ");
  }

  @Test
  void textShowsEachFindingWithItsFixAndASummary() {
    GateFinding f =
        new GateFinding(
            FindingSeverity.ERROR,
            "CHECK_REMOVED",
            Path.of("c.contract.yaml"),
            7,
            5,
            "unique(id)",
            "unique(id) removed",
            "keep it");
    StringWriter out = new StringWriter();

    new GateReportPrinter("contract check")
        .print(
            List.of(new ContractVerdict(Path.of("c.contract.yaml"), "c", "git HEAD", List.of(f))),
            GateFormat.TEXT,
            new PrintWriter(out));

    assertThat(out.toString().lines())
        .containsExactly(
            "c.contract.yaml:7:5: error: unique(id) removed [CHECK_REMOVED]",
            "    fix: keep it",
            "FAIL c (c.contract.yaml, against git HEAD)",
            "contract check: 1 error, 0 warnings, 0 notes in 1 contract");
  }
}
