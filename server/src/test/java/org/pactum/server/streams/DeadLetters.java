package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.server.streams.NpmOrders.SentOrder;

/**
 * What the dead-letter topic must say about the npm producer's violating orders, whichever client
 * reads it: each one's bytes as sent, where it was read, the contract, the writer schema, the
 * producer that wrote it, and every reason (check, field, expected, actual masked for PII) in the
 * documented {@code __pactum.errors.*} headers.
 */
final class DeadLetters {
  private static final String ERRORS = "__pactum.errors.";

  private DeadLetters() {}

  /** The labels of the orders the validator must dead-letter. */
  static final List<String> VIOLATING = List.of("null-customer", "too-expensive", "refunded");

  /** One reason, as its numbered headers give it. */
  record Explained(
      String errorClass,
      String check,
      String checkType,
      String field,
      String expected,
      String actual) {}

  static void assertExplained(NpmOrders orders, List<ReadRecord> dead) {
    assertThat(dead)
        .extracting(ReadRecord::key)
        .containsExactlyInAnyOrderElementsOf(
            VIOLATING.stream().map(l -> orders.sent(l).key()).toList());

    assertThat(reasons(dead, orders.sent("null-customer")))
        .containsExactly(
            new Explained(
                "CHECK_FAILED",
                "not_null(customer_id)",
                "not_null",
                "customer_id",
                "not null",
                "null"));
    assertThat(reasons(dead, orders.sent("too-expensive")))
        .containsExactly(
            new Explained(
                "CHECK_FAILED", "range(amount)", "range", "amount", "in [0, 100000]", "100000.01"),
            // tolerated (mostly: 0.99), listed after the enforced failure; e-mail is PII: masked
            new Explained(
                "CHECK_FAILED",
                "regex(email)",
                "regex",
                "email",
                "matches ^[^@\\s]+@[^@\\s]+$",
                "<masked email>"));
    assertThat(reasons(dead, orders.sent("refunded")))
        .containsExactly(
            new Explained(
                "CHECK_FAILED",
                "accepted_values(status)",
                "accepted_values",
                "status",
                "one of [PLACED, PAID, SHIPPED, CANCELLED]",
                "REFUNDED"));

    assertThat(orders.sent("null-customer").in(dead).header(ERRORS + "schema.id"))
        .isEqualTo(Integer.toString(orders.nullableSchemaId()));
    for (String label : List.of("too-expensive", "refunded")) {
      assertThat(orders.sent(label).in(dead).header(ERRORS + "schema.id"))
          .isEqualTo(Integer.toString(orders.schemaId()));
    }

    for (String label : VIOLATING) {
      SentOrder sent = orders.sent(label);
      ReadRecord r = sent.in(dead);
      assertThat(r.topic()).isEqualTo(orders.binding().deadLetterTopic());
      assertThat(r.value()).as(label).isEqualTo(sent.value());
      assertThat(r.header(ERRORS + "contract.id")).isEqualTo(NpmOrders.CONTRACT);
      assertThat(r.header(ERRORS + "contract.version")).isEqualTo("3.1.0");
      assertThat(r.header(ERRORS + "class")).isEqualTo("CHECK_FAILED");
      assertThat(r.header(ERRORS + "topic")).isEqualTo(orders.binding().inputTopic());
      assertThat(r.header(ERRORS + "partition")).isEqualTo(Integer.toString(sent.partition()));
      assertThat(r.header(ERRORS + "offset")).isEqualTo(Long.toString(sent.offset()));
      assertThat(r.header(ERRORS + "producer.service.id"))
          .isEqualTo(sent.headers().get("service-id"));
      assertThat(r.header(ERRORS + "producer.deployment.hash"))
          .isEqualTo(sent.headers().get("deployment-hash"));
      // the producer's own headers stay, first, as they came
      assertThat(r.headers().subList(0, 2))
          .containsExactlyElementsOf(List.copyOf(sent.headers().entrySet()));
      assertThat(r.headers())
          .extracting(Map.Entry::getValue)
          .as("no header carries the raw e-mail address")
          .noneMatch(v -> v != null && v.contains("ana.example.com"));
    }
    assertThat(orders.sent("null-customer").headers())
        .containsEntry("service-id", "checkout-mobile")
        .containsEntry("deployment-hash", "e41c0d2");
  }

  private static List<Explained> reasons(List<ReadRecord> dead, SentOrder sent) {
    ReadRecord r = sent.in(dead);
    int count = Integer.parseInt(r.header(ERRORS + "count"));
    List<Explained> reasons = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      String p = ERRORS + n + ".";
      reasons.add(
          new Explained(
              r.header(p + "class"),
              r.header(p + "check"),
              r.header(p + "check.type"),
              r.header(p + "field"),
              r.header(p + "expected"),
              r.header(p + "actual")));
    }
    return reasons;
  }
}
