package org.pactum.streams.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.model.CheckType;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.streams.Orders;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.wire.SchemaId;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The orders example contract enforced on single records, schemas from a real registry. */
@ExtendWith(PostgresExtension.class)
class RecordValidatorTest {
  private static final byte[] KEY = "k".getBytes();
  private final Orders orders;
  private final RecordValidator validator;

  RecordValidatorTest(TestDatabase db) {
    orders = new Orders(db);
    validator = new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry));
  }

  private Verdict validate(int id, GenericRecord record) {
    return validator.validate(KEY, Orders.wire(id, record));
  }

  private static List<Reason> reasons(Verdict v) {
    assertThat(v).isInstanceOf(Verdict.Rejected.class);
    return ((Verdict.Rejected) v).reasons();
  }

  @Test
  void aValidOrderPasses() {
    assertThat(validate(orders.schemaId, orders.valid())).isEqualTo(new Verdict.Valid(List.of()));
  }

  @Test
  void theChecksEvaluatedPerRecordAreTheRowLevelOnesOfTheContract() {
    assertThat(validator.checks().perRecord())
        .containsExactly(
            "not_null(order_id)",
            "not_null(customer_id)",
            "not_null(amount)",
            "range(amount)",
            "range(placed_at)",
            "accepted_values(status)",
            "accepted_values(currency)",
            "regex(email)");
  }

  @Test
  void aNullCustomerIdFromAWriterWhoseSchemaAllowsItIsRejected() {
    GenericRecord order = orders.ofNullableCustomer();
    order.put("customer_id", null);
    Verdict v = validate(orders.nullableCustomerId, order);
    assertThat(((Verdict.Rejected) v).schemaId()).contains(new SchemaId(orders.nullableCustomerId));
    assertThat(reasons(v))
        .containsExactly(
            new Reason(
                ErrorClass.CHECK_FAILED,
                "not_null(customer_id)",
                CheckType.NOT_NULL,
                "customer_id",
                "not null",
                "null"));
  }

  @Test
  void everyFailureIsListedEnforcedFirstAndPiiIsMasked() {
    GenericRecord order = orders.valid();
    order.put("amount", new BigDecimal("250000.00"));
    order.put("email", "not-an-email");
    order.put("currency", "XXX");
    assertThat(reasons(validate(orders.schemaId, order)))
        .extracting(Reason::check, Reason::expected, Reason::actual)
        .containsExactly(
            tuple("range(amount)", "in [0, 100000]", "250000.00"),
            tuple("accepted_values(currency)", "one of [EUR, USD, GBP, CHF]", "XXX"),
            tuple("regex(email)", "matches ^[^@\\s]+@[^@\\s]+$", "<masked email>"));
  }

  @Test
  void toleratedFailuresAloneLetTheRecordPass() {
    GenericRecord order = orders.valid();
    order.put("currency", "XXX");
    Verdict v = validate(orders.schemaId, order);
    assertThat(v).isInstanceOf(Verdict.Valid.class);
    assertThat(((Verdict.Valid) v).tolerated())
        .extracting(Reason::check)
        .containsExactly("accepted_values(currency)");
  }

  @Test
  void aSchemaRegisteredOnlyUnderAnotherSubjectIsASchemaMismatchEvenWhenItDecodes() {
    int elsewhere =
        orders
            .registry
            .register(
                "payments.payment-value",
                SchemaSubmission.of(
                    orders.schema.toString().replace("OrderPlaced", "OrderCopied"), "AVRO"))
            .id();
    Verdict v = validator.validate(KEY, Orders.wire(elsewhere, orders.valid()));
    Reason r = reasons(v).get(0);
    assertThat(r.errorClass()).isEqualTo(ErrorClass.SCHEMA_MISMATCH);
    assertThat(r.expected()).startsWith("a registered version of subject orders.order_placed");
    assertThat(r.actual()).contains("registered under [payments.payment-value]");
    // the same schema under one of the binding's subjects is accepted
    orders.registry.register(
        "orders-topic-value",
        SchemaSubmission.of(
            orders.schema.toString().replace("OrderPlaced", "OrderCopied"), "AVRO"));
    RecordValidator topicStrategy =
        new RecordValidator(
            orders.contract,
            new RegistrySchemaSource(orders.registry),
            WriterSubjects.of(orders.contract, "orders-topic"));
    assertThat(topicStrategy.validate(KEY, Orders.wire(elsewhere, orders.valid())))
        .isInstanceOf(Verdict.Valid.class);
  }

  @Test
  void bytesWithoutTheWireHeaderAreAWireFormatError() {
    Verdict v = validator.validate(KEY, "{\"order_id\": 1}".getBytes());
    assertThat(((Verdict.Rejected) v).schemaId()).isEmpty();
    assertThat(reasons(v))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.errorClass()).isEqualTo(ErrorClass.WIRE_FORMAT);
              assertThat(r.actual()).isEqualTo("unknown_magic: first byte 0x7b");
            });
  }

  @Test
  void anUnknownSchemaIdIsRejectedWithTheId() {
    Verdict v = validate(987_654, orders.valid());
    assertThat(((Verdict.Rejected) v).schemaId()).contains(new SchemaId(987_654));
    assertThat(reasons(v))
        .extracting(Reason::errorClass, Reason::actual)
        .containsExactly(tuple(ErrorClass.UNKNOWN_SCHEMA, "no schema has id 987654"));
  }

  @Test
  void aCorruptPayloadIsRejected() {
    byte[] wire = Orders.wire(orders.schemaId, orders.valid());
    byte[] cut = Arrays.copyOf(wire, wire.length - 3);
    assertThat(reasons(validator.validate(KEY, cut)))
        .extracting(Reason::errorClass)
        .containsExactly(ErrorClass.CORRUPT_PAYLOAD);
    byte[] longer = Arrays.copyOf(wire, wire.length + 1);
    assertThat(reasons(validator.validate(KEY, longer)))
        .singleElement()
        .satisfies(r -> assertThat(r.actual()).isEqualTo("bytes left over after the record"));
  }

  @Test
  void tombstoneRuleAKeyedNullPassesAnUnkeyedNullIsRejected() {
    assertThat(validator.validate(KEY, null)).isEqualTo(new Verdict.Valid(List.of()));
    assertThat(validator.validate(null, null))
        .isEqualTo(
            new Verdict.Rejected(
                Optional.empty(),
                List.of(
                    Reason.of(
                        ErrorClass.NULL_VALUE,
                        "a value, or a key to delete",
                        "no key, no value"))));
  }

  /** Property: random payloads behind a real schema id are verdicts, never exceptions. */
  @Test
  void randomPayloadsNeverThrow() {
    byte[] valid = Orders.wire(orders.schemaId, orders.valid());
    Random random = new Random(7L);
    int rejected = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] value;
      if (random.nextBoolean()) {
        value = valid.clone();
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
          value[5 + random.nextInt(value.length - 5)] = (byte) random.nextInt(256);
        }
      } else {
        value = new byte[5 + random.nextInt(64)];
        random.nextBytes(value);
        System.arraycopy(valid, 0, value, 0, 5);
      }
      if (validator.validate(KEY, value) instanceof Verdict.Rejected) {
        rejected++;
      }
    }
    assertThat(rejected).isPositive();
  }
}
