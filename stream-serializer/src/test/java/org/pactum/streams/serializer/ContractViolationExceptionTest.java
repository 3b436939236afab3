package org.pactum.streams.serializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.CheckType;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;

class ContractViolationExceptionTest {
  private static final ContractRef ORDERS = new ContractRef("orders.order_placed", "3.1.0");
  private static final Reason NULL_CUSTOMER =
      new Reason(
          ErrorClass.CHECK_FAILED,
          "not_null(customer_id)",
          CheckType.NOT_NULL,
          "customer_id",
          "not null",
          "null");
  private static final Reason EMAIL =
      new Reason(
          ErrorClass.CHECK_FAILED,
          "regex(email)",
          CheckType.REGEX,
          "email",
          "matches ^[^@]+@",
          "<masked email>");

  @Test
  void theMessageNamesContractCheckFieldExpectedAndActual() {
    ContractViolationException e =
        new ContractViolationException(ORDERS, "orders", List.of(NULL_CUSTOMER), null);

    assertThat(e)
        .isInstanceOf(SerializationException.class)
        .hasMessage(
            "record for topic orders violates contract orders.order_placed 3.1.0:"
                + " not_null(customer_id) on field customer_id: expected not null, actual null");
    assertThat(e.deadLetterTopic()).isEmpty();
    assertThat(e.reasons()).containsExactly(NULL_CUSTOMER);
    assertThat(e.contract()).isEqualTo(ORDERS);
  }

  @Test
  void everyReasonIsListedWithTheMaskedActualAndTheDeadLetterTopic() {
    ContractViolationException e =
        new ContractViolationException(ORDERS, "orders", List.of(NULL_CUSTOMER, EMAIL), "dlq");

    assertThat(e.getMessage())
        .endsWith(
            "expected not null, actual null; regex(email) on field email: expected matches"
                + " ^[^@]+@, actual <masked email> (written to dead-letter topic dlq)");
    assertThat(e.deadLetterTopic()).contains("dlq");
  }

  @Test
  void aViolationNeedsAReason() {
    assertThatThrownBy(() -> new ContractViolationException(ORDERS, "orders", List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
