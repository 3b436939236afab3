package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilenceCliTest {
  @Test
  void matchersBecomeTheApisMatchersObject() {
    ObjectNode m =
        SilenceMatchers.parse(
            List.of(
                "contract=orders.*",
                "severity=critical,error",
                "severity=warning",
                "tag=pii",
                "Team=checkout"));
    assertThat(m.toString())
        .isEqualTo(
            "{\"contract\":\"orders.*\",\"severity\":[\"critical\",\"error\",\"warning\"],"
                + "\"tags\":[\"pii\"],\"team\":\"checkout\"}");
  }

  @Test
  void badMatchersNameTheProblem() {
    assertThatThrownBy(() -> SilenceMatchers.parse(List.of())).hasMessageContaining("at least one");
    assertThatThrownBy(() -> SilenceMatchers.parse(List.of("contract")))
        .hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> SilenceMatchers.parse(List.of("contract=")))
        .hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> SilenceMatchers.parse(List.of("owner=x")))
        .hasMessageContaining("not 'owner'");
    assertThatThrownBy(() -> SilenceMatchers.parse(List.of("check=a", "check=b")))
        .hasMessageContaining("check is given twice");
  }

  @Test
  void theTableShowsTimesAsIsoAndTheState() throws Exception {
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    String json =
        """
        {"silences": [
          {"id": 1, "matchers": {"contract": "orders.*", "severity": ["critical"]},
           "starts_at": 1772442000.0, "ends_at": 1772449200.5, "created_by": "ana",
           "comment": "backfill", "active": true},
          {"id": 2, "matchers": {"team": "x"}, "starts_at": "2026-03-02T09:00:00Z",
           "ends_at": "2026-03-02T09:30:00Z", "created_by": "bo", "active": false},
          {"id": 3, "matchers": {"tags": ["pii"]}, "starts_at": "2026-03-02T11:00:00Z",
           "ends_at": "2026-03-02T12:00:00Z", "created_by": "cy", "active": false}
        ]}
        """;
    StringWriter out = new StringWriter();
    SilencePrinter.table(
        PactumServerClient.JSON.readTree(json).path("silences"), now, new PrintWriter(out));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("ID     STATE    STARTS");
    assertThat(lines.get(1))
        .startsWith("1      active   2026-03-02T09:00:00Z")
        .contains("2026-03-02T11:00:00.500Z")
        .contains("contract=orders.* severity=critical")
        .endsWith("backfill");
    assertThat(lines.get(2)).startsWith("2      expired").contains("team=x");
    assertThat(lines.get(3)).startsWith("3      pending").contains("tags=pii");
  }
}
