package org.pactum.streams.core.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.CheckType;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.deadletter.DeadLetterHeaders.Header;
import org.pactum.streams.core.wire.SchemaId;

class DeadLetterHeadersTest {
  private static final ContractRef CONTRACT = new ContractRef("orders.order_placed", "3.1.0");
  private static final OriginalRecord ORIGIN = new OriginalRecord("orders", 2, 41L);

  private static Map<String, String> text(List<Header> headers) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Header h : headers) {
      m.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
    }
    return m;
  }

  @Test
  void everyReasonIsNumberedWithTheContractSchemaAndOrigin() {
    Verdict.Rejected rejected =
        new Verdict.Rejected(
            Optional.of(new SchemaId(7)),
            List.of(
                new Reason(
                    ErrorClass.CHECK_FAILED,
                    "not_null(customer_id)",
                    CheckType.NOT_NULL,
                    "customer_id",
                    "not null",
                    "null"),
                new Reason(
                    ErrorClass.CHECK_FAILED,
                    "range(amount)",
                    CheckType.RANGE,
                    "amount",
                    "in [0, 100000]",
                    "250000.00")));
    Map<String, String> h = text(DeadLetterHeaders.of(CONTRACT, rejected, ORIGIN, List.of()));
    assertThat(h)
        .containsExactly(
            Map.entry("__pactum.errors.contract.id", "orders.order_placed"),
            Map.entry("__pactum.errors.contract.version", "3.1.0"),
            Map.entry("__pactum.errors.schema.id", "7"),
            Map.entry("__pactum.errors.class", "CHECK_FAILED"),
            Map.entry("__pactum.errors.count", "2"),
            Map.entry("__pactum.errors.1.class", "CHECK_FAILED"),
            Map.entry("__pactum.errors.1.check", "not_null(customer_id)"),
            Map.entry("__pactum.errors.1.check.type", "not_null"),
            Map.entry("__pactum.errors.1.field", "customer_id"),
            Map.entry("__pactum.errors.1.expected", "not null"),
            Map.entry("__pactum.errors.1.actual", "null"),
            Map.entry("__pactum.errors.2.class", "CHECK_FAILED"),
            Map.entry("__pactum.errors.2.check", "range(amount)"),
            Map.entry("__pactum.errors.2.check.type", "range"),
            Map.entry("__pactum.errors.2.field", "amount"),
            Map.entry("__pactum.errors.2.expected", "in [0, 100000]"),
            Map.entry("__pactum.errors.2.actual", "250000.00"),
            Map.entry("__pactum.errors.topic", "orders"),
            Map.entry("__pactum.errors.partition", "2"),
            Map.entry("__pactum.errors.offset", "41"));
  }

  @Test
  void aReasonWithoutCheckOrSchemaLeavesThoseHeadersOut() {
    Verdict.Rejected rejected =
        new Verdict.Rejected(
            Optional.empty(),
            List.of(Reason.of(ErrorClass.WIRE_FORMAT, "Confluent wire format", "no_header")));
    Map<String, String> h = text(DeadLetterHeaders.of(CONTRACT, rejected, ORIGIN, List.of()));
    assertThat(h)
        .doesNotContainKeys(
            "__pactum.errors.schema.id",
            "__pactum.errors.1.check",
            "__pactum.errors.1.check.type",
            "__pactum.errors.1.field")
        .containsEntry("__pactum.errors.class", "WIRE_FORMAT")
        .containsEntry("__pactum.errors.1.actual", "no_header");
  }

  @Test
  void theProducersIdentityHeadersAreCopiedAsSentTheLastOfEachWinning() {
    byte[] junk = {(byte) 0xff, 0, (byte) 0xfe};
    List<Header> original =
        List.of(
            new Header("service-id", "old".getBytes(StandardCharsets.UTF_8)),
            new Header("deployment-hash", junk),
            new Header("other", "x".getBytes(StandardCharsets.UTF_8)),
            new Header("service-id", "checkout-api".getBytes(StandardCharsets.UTF_8)));
    Verdict.Rejected rejected =
        new Verdict.Rejected(
            Optional.empty(), List.of(Reason.of(ErrorClass.NULL_VALUE, "a value", "none")));
    List<Header> headers = DeadLetterHeaders.of(CONTRACT, rejected, ORIGIN, original);
    assertThat(headers.get(headers.size() - 2).key())
        .isEqualTo("__pactum.errors.producer.service.id");
    assertThat(new String(headers.get(headers.size() - 2).value(), StandardCharsets.UTF_8))
        .isEqualTo("checkout-api");
    assertThat(headers.get(headers.size() - 1).key())
        .isEqualTo("__pactum.errors.producer.deployment.hash");
    assertThat(headers.get(headers.size() - 1).value()).isEqualTo(junk);
    assertThat(headers).extracting(Header::key).doesNotContain("other");
  }
}
