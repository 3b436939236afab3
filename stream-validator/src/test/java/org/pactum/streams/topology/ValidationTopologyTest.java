package org.pactum.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.streams.Orders;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.privacy.ErasedSubjects;
import org.pactum.streams.core.privacy.InFlightErasure;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.ClosedWindow;
import org.pactum.streams.core.window.Counter;
import org.pactum.streams.core.window.Tally;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class ValidationTopologyTest {
  private static final Binding BINDING =
      new Binding("orders.order_placed", "orders", "orders.valid", "orders.dlq");
  private static final Instant TIME = Instant.parse("2026-12-07T10:00:00Z");
  private static final WindowSize MINUTE =
      new WindowSize(Duration.ofMinutes(1), Duration.ofSeconds(10));

  private final Orders orders;
  private final TopologyTestDriver driver;
  private final TestInputTopic<byte[], byte[]> input;
  private final TestOutputTopic<byte[], byte[]> valid;
  private final TestOutputTopic<byte[], byte[]> dlq;
  private final List<ClosedWindow> windows = new ArrayList<>();

  ValidationTopologyTest(TestDatabase db, @TempDir Path state) {
    orders = new Orders(db);
    RecordValidator validator =
        new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry));
    driver =
        new TopologyTestDriver(
            ValidationTopology.build(
                BINDING, validator, new WindowPlan(orders.contract, MINUTE), windows::add),
            StreamsSettings.of("validator-test", "unused:9092", state));
    input = driver.createInputTopic("orders", new ByteArraySerializer(), new ByteArraySerializer());
    valid =
        driver.createOutputTopic(
            "orders.valid", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    dlq =
        driver.createOutputTopic(
            "orders.dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  private static RecordHeaders producerHeaders() {
    RecordHeaders h = new RecordHeaders();
    h.add("service-id", "checkout-api".getBytes(StandardCharsets.UTF_8));
    h.add("deployment-hash", "3f2a9c1".getBytes(StandardCharsets.UTF_8));
    return h;
  }

  private static String header(TestRecord<byte[], byte[]> r, String key) {
    Header h = r.headers().lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void aValidRecordPassesByteForByteWithItsHeadersAndTimestamp() {
    byte[] value = Orders.wire(orders.schemaId, orders.valid());
    input.pipeInput(new TestRecord<>("o-1".getBytes(), value, producerHeaders(), TIME));
    TestRecord<byte[], byte[]> out = valid.readRecord();
    assertThat(out.key()).isEqualTo("o-1".getBytes());
    assertThat(out.value()).isEqualTo(value);
    assertThat(out.headers().toArray()).containsExactly(producerHeaders().toArray());
    assertThat(out.getRecordTime()).isEqualTo(TIME);
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void aRejectedRecordKeepsKeyValueHeadersAndTimestampAndGainsTheReasons() {
    GenericRecord order = orders.ofNullableCustomer();
    order.put("customer_id", null);
    order.put("amount", new BigDecimal("-1.00"));
    byte[] value = Orders.wire(orders.nullableCustomerId, order);
    input.pipeInput(new TestRecord<>("o-2".getBytes(), value, producerHeaders(), TIME));
    assertThat(valid.isEmpty()).isTrue();
    TestRecord<byte[], byte[]> out = dlq.readRecord();
    assertThat(out.key()).isEqualTo("o-2".getBytes());
    assertThat(out.value()).isEqualTo(value);
    assertThat(out.getRecordTime()).isEqualTo(TIME);
    assertThat(header(out, "service-id")).isEqualTo("checkout-api");
    assertThat(header(out, "__pactum.errors.contract.id")).isEqualTo("orders.order_placed");
    assertThat(header(out, "__pactum.errors.contract.version")).isEqualTo("3.1.0");
    assertThat(header(out, "__pactum.errors.schema.id"))
        .isEqualTo(Integer.toString(orders.nullableCustomerId));
    assertThat(header(out, "__pactum.errors.count")).isEqualTo("2");
    assertThat(header(out, "__pactum.errors.1.check")).isEqualTo("not_null(customer_id)");
    assertThat(header(out, "__pactum.errors.2.check")).isEqualTo("range(amount)");
    assertThat(header(out, "__pactum.errors.2.actual")).isEqualTo("-1.00");
    assertThat(header(out, "__pactum.errors.topic")).isEqualTo("orders");
    assertThat(header(out, "__pactum.errors.partition")).isEqualTo("0");
    assertThat(header(out, "__pactum.errors.offset")).isEqualTo("0");
    assertThat(header(out, "__pactum.errors.producer.service.id")).isEqualTo("checkout-api");
    assertThat(header(out, "__pactum.errors.producer.deployment.hash")).isEqualTo("3f2a9c1");
  }

  @Test
  void badBytesAreDeadLetteredAndTheRecordsAfterThemStillFlow() {
    byte[] good = Orders.wire(orders.schemaId, orders.valid());
    input.pipeInput("a".getBytes(), "not avro".getBytes());
    input.pipeInput("b".getBytes(), Orders.wire(31_337, orders.valid()));
    input.pipeInput("c".getBytes(), new byte[0]);
    input.pipeInput(new TestRecord<byte[], byte[]>((byte[]) null, null));
    input.pipeInput("d".getBytes(), (byte[]) null);
    input.pipeInput("e".getBytes(), good);
    List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
    assertThat(dead)
        .extracting(r -> header(r, "__pactum.errors.class"))
        .containsExactly("WIRE_FORMAT", "UNKNOWN_SCHEMA", "WIRE_FORMAT", "NULL_VALUE");
    assertThat(dead)
        .extracting(r -> header(r, "__pactum.errors.offset"))
        .containsExactly("0", "1", "2", "3");
    List<TestRecord<byte[], byte[]>> passed = valid.readRecordsToList();
    assertThat(passed).extracting(r -> new String(r.key())).containsExactly("d", "e");
    assertThat(passed.get(0).value()).isNull();
    assertThat(passed.get(1).value()).isEqualTo(good);
  }

  @Test
  void aDeadLetterTooLargeForTheProducerIsWrittenWithoutItsValueNotStalled() {
    byte[] huge = new byte[RoutingProcessor.DEAD_LETTER_LIMIT + 1];
    huge[0] = 0x7b; // no wire header: dead-lettered
    input.pipeInput(new TestRecord<>("big".getBytes(), huge, producerHeaders(), TIME));
    byte[] after = Orders.wire(orders.schemaId, orders.valid());
    input.pipeInput(new TestRecord<>("next".getBytes(), after, producerHeaders(), TIME));
    TestRecord<byte[], byte[]> out = dlq.readRecord();
    assertThat(out.key()).isEqualTo("big".getBytes());
    assertThat(out.value()).isNull();
    assertThat(header(out, "__pactum.errors.value.dropped.bytes"))
        .isEqualTo(Integer.toString(huge.length));
    assertThat(header(out, "__pactum.errors.class")).isEqualTo("WIRE_FORMAT");
    assertThat(header(out, "__pactum.errors.offset")).isEqualTo("0");
    assertThat(valid.readValuesToList()).containsExactly(after);
  }

  @Test
  void aBindingMustMatchItsValidatorsContract() {
    RecordValidator validator =
        new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry));
    assertThatThrownBy(
            () ->
                ValidationTopology.build(
                    new Binding("payments.x", "p", "p.valid", "p.dlq"),
                    validator,
                    new WindowPlan(orders.contract, MINUTE),
                    windows::add))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWindowIsCountedAndReachesTheSinkOnceWhenItCloses() {
    GenericRecord nullCustomer = orders.ofNullableCustomer();
    nullCustomer.put("customer_id", null);
    GenericRecord tooExpensive = orders.valid();
    tooExpensive.put("amount", new BigDecimal("100000.01"));
    GenericRecord badCurrency = orders.valid();
    badCurrency.put("currency", "XXX"); // tolerated (mostly: 0.999): passes, counted
    pipe(TIME.plusSeconds(1), Orders.wire(orders.schemaId, orders.valid()));
    pipe(TIME.plusSeconds(2), Orders.wire(orders.schemaId, orders.valid()));
    pipe(TIME.plusSeconds(3), Orders.wire(orders.nullableCustomerId, nullCustomer));
    pipe(TIME.plusSeconds(4), Orders.wire(orders.schemaId, tooExpensive));
    pipe(TIME.plusSeconds(5), Orders.wire(orders.schemaId, badCurrency));
    pipe(TIME.plusSeconds(6), "no header".getBytes(StandardCharsets.UTF_8));
    assertThat(windows).isEmpty();

    // stream time moves on: 10:00 closes upstream at 10:01:10, and is added up and emitted once
    // a part of a later window (10:02, closed at 10:03:10) reaches the totals
    pipe(TIME.plusSeconds(150), Orders.wire(orders.schemaId, orders.valid()));
    assertThat(windows).isEmpty();
    pipe(TIME.plusSeconds(200), Orders.wire(orders.schemaId, orders.valid()));
    pipe(TIME.plusSeconds(201), Orders.wire(orders.schemaId, orders.valid()));

    assertThat(windows).hasSize(1);
    ClosedWindow w = windows.get(0);
    assertThat(w.contractId()).isEqualTo("orders.order_placed");
    assertThat(w.start()).isEqualTo(TIME);
    assertThat(w.end()).isEqualTo(TIME.plusSeconds(60));
    Tally t = w.tally();
    assertThat(t.get(Counter.RECORDS)).isEqualTo(6);
    assertThat(t.get(Counter.PASSED)).isEqualTo(3);
    assertThat(t.get(Counter.DEAD_LETTERED)).isEqualTo(3);
    assertThat(t.get(Counter.undecodable(ErrorClass.WIRE_FORMAT))).isEqualTo(1);
    assertThat(t.get(Counter.ROW_COUNT)).isEqualTo(5);
    assertThat(t.get(Counter.nullCount("customer_id"))).isEqualTo(1);
    assertThat(t.get(Counter.nullCount("coupon_code")))
        .isEqualTo(5); // every order here has no coupon
    assertThat(t.get(Counter.nonNullCount("amount"))).isEqualTo(5);
    assertThat(t.get(Counter.violations("range(amount)"))).isEqualTo(1);
    assertThat(t.get(Counter.violations("accepted_values(currency)"))).isEqualTo(1);
    assertThat(t.get(Counter.violations("accepted_values(status)"))).isZero();
  }

  @Test
  void aRecordLaterThanItsWindowsGraceIsRoutedButNotCounted() {
    pipe(TIME.plusSeconds(1), Orders.wire(orders.schemaId, orders.valid()));
    pipe(TIME.plusSeconds(100), Orders.wire(orders.schemaId, orders.valid()));
    pipe(TIME.plusSeconds(2), Orders.wire(orders.schemaId, orders.valid())); // late: 10:00 closed
    pipe(TIME.plusSeconds(200), Orders.wire(orders.schemaId, orders.valid()));
    pipe(TIME.plusSeconds(320), Orders.wire(orders.schemaId, orders.valid()));

    assertThat(valid.readRecordsToList()).hasSize(5);
    assertThat(windows).extracting(ClosedWindow::start).contains(TIME);
    ClosedWindow first = windows.stream().filter(w -> w.start().equals(TIME)).findFirst().get();
    assertThat(first.tally().get(Counter.RECORDS)).isEqualTo(1);
  }

  @Test
  void aRecordOfAnErasedSubjectGoesNowhereAndIsCountedAsErased(@TempDir Path state2) {
    List<ClosedWindow> closed = new ArrayList<>();
    RecordValidator validator =
        new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry));
    ErasedSubjects erased = (type, id) -> type.equals("customer") && id.equals("c-forgotten");
    try (TopologyTestDriver d =
        new TopologyTestDriver(
            ValidationTopology.build(
                new Binding(
                    "orders.order_placed", "orders", "orders.valid", "orders.dlq", "customer_id"),
                validator,
                new WindowPlan(orders.contract, MINUTE),
                closed::add,
                InFlightErasure.of(orders.contract, "customer_id", erased)),
            StreamsSettings.of("validator-erasure-test", "unused:9092", state2))) {
      TestInputTopic<byte[], byte[]> in =
          d.createInputTopic("orders", new ByteArraySerializer(), new ByteArraySerializer());
      TestOutputTopic<byte[], byte[]> out =
          d.createOutputTopic(
              "orders.valid", new ByteArrayDeserializer(), new ByteArrayDeserializer());
      TestOutputTopic<byte[], byte[]> dead =
          d.createOutputTopic(
              "orders.dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
      GenericRecord forgotten = orders.valid();
      forgotten.put("customer_id", "c-forgotten");
      GenericRecord forgottenAndBad = orders.valid();
      forgottenAndBad.put("customer_id", "c-forgotten");
      forgottenAndBad.put("amount", new BigDecimal("-5.00"));
      byte[] kept = Orders.wire(orders.schemaId, orders.valid());
      in.pipeInput(
          new TestRecord<>("k1".getBytes(), Orders.wire(orders.schemaId, forgotten), TIME));
      in.pipeInput(
          new TestRecord<>("k2".getBytes(), Orders.wire(orders.schemaId, forgottenAndBad), TIME));
      // undecodable, but the key carries the subject (kafka.key_column: customer_id)
      in.pipeInput(new TestRecord<>("c-forgotten".getBytes(), "junk".getBytes(), TIME));
      in.pipeInput(new TestRecord<>("k3".getBytes(), kept, TIME));
      assertThat(out.readValuesToList()).containsExactly(kept);
      assertThat(dead.isEmpty()).isTrue();
      in.pipeInput(new TestRecord<>("k4".getBytes(), kept, TIME.plusSeconds(200)));
      in.pipeInput(new TestRecord<>("k5".getBytes(), kept, TIME.plusSeconds(300)));
      assertThat(closed).isNotEmpty();
      Tally t = closed.get(0).tally();
      assertThat(t.get(Counter.RECORDS)).isEqualTo(4);
      assertThat(t.get(Counter.ERASED)).isEqualTo(3);
      assertThat(t.get(Counter.PASSED)).isEqualTo(1);
      assertThat(t.get(Counter.ROW_COUNT)).as("dropped records are not measured").isEqualTo(1);
    }
  }

  private void pipe(Instant at, byte[] value) {
    input.pipeInput(new TestRecord<>("k".getBytes(), value, new RecordHeaders(), at));
  }
}
