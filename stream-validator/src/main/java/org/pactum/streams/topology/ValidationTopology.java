package org.pactum.streams.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.privacy.InFlightErasure;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.ClosedWindow;
import org.pactum.streams.core.window.TallyCodec;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSink;

/**
 * One binding's topology, in the order data flows:
 *
 * <ol>
 *   <li>the input topic, bytes as they are;
 *   <li>{@code validate}: each record judged ({@link RoutingProcessor}) and counted into its window
 *       in a task-local state store; a record of an erased data subject goes no further;
 *   <li>records that pass → the valid topic unchanged; rejected ones → the dead-letter topic with
 *       their reasons in headers;
 *   <li>each task's share of a closed window → re-keyed by contract (a repartition topic, so every
 *       part of a window meets in one task, whichever instance counted it) → added up per window
 *       (tumbling, same size) → emitted once a part of a later window arrives, which leaves a
 *       lagging task almost a window to send its part (later parts are dropped) → the {@link
 *       WindowSink}.
 * </ol>
 *
 * <p>Everything runs under the application's exactly-once guarantee: a record's output, its window
 * counts and its input offset are committed together.
 */
public final class ValidationTopology {
  static final String WINDOW_COUNTS = "window-counts";
  static final String WINDOW_TOTALS = "window-totals";

  private ValidationTopology() {}

  /** A binding's topology that drops no record for erasure (a contract without a PII subject). */
  public static Topology build(
      Binding binding, RecordValidator validator, WindowPlan plan, WindowSink sink) {
    return build(binding, validator, plan, sink, InFlightErasure.NONE, RegistryRetry.standard());
  }

  /**
   * @param erasure which records belong to an erased subject and are dropped before the valid topic
   */
  public static Topology build(
      Binding binding,
      RecordValidator validator,
      WindowPlan plan,
      WindowSink sink,
      InFlightErasure erasure) {
    return build(binding, validator, plan, sink, erasure, RegistryRetry.standard());
  }

  static Topology build(
      Binding binding,
      RecordValidator validator,
      WindowPlan plan,
      WindowSink sink,
      InFlightErasure erasure,
      RegistryRetry retry) {
    if (!binding.contractId().equals(validator.contract().id())) {
      throw new IllegalArgumentException(
          "binding of "
              + binding.contractId()
              + " given a validator of "
              + validator.contract().id());
    }
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(WINDOW_COUNTS), Serdes.Long(), Serdes.ByteArray())
            .withCachingEnabled());
    KStream<byte[], Routed> routed =
        builder.stream(
                binding.inputTopic(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("input"))
            .process(
                () -> new RoutingProcessor(validator, plan, retry, erasure),
                Named.as("validate"),
                WINDOW_COUNTS);
    // one sink for both outputs: the topic chosen per record (fewer nodes on the per-record path)
    String valid = binding.validTopic();
    String deadLetter = binding.deadLetterTopic();
    routed
        .filter((k, v) -> !v.is(Routed.Kind.WINDOW_PART), Named.as("records"))
        .to(
            (k, v, context) -> v.is(Routed.Kind.VALID) ? valid : deadLetter,
            Produced.with(Serdes.ByteArray(), new RoutedBytes()).withName("valid-or-dead-letter"));
    routed
        .filter((k, v) -> v.is(Routed.Kind.WINDOW_PART), Named.as("window-parts"))
        .map(
            (k, v) -> KeyValue.pair(new String(k, StandardCharsets.UTF_8), v.bytes()),
            Named.as("by-contract"))
        .groupByKey(Grouped.with("window-parts", Serdes.String(), Serdes.ByteArray()))
        .windowedBy(
            TimeWindows.ofSizeAndGrace(plan.size().size(), plan.size().size().minusMillis(1)))
        .reduce(
            (a, b) -> TallyCodec.encode(TallyCodec.decode(a).plus(TallyCodec.decode(b))),
            Named.as("add-up"),
            Materialized.<String, byte[]>as(
                    Stores.inMemoryWindowStore(
                        WINDOW_TOTALS,
                        plan.size().size().multipliedBy(3),
                        plan.size().size(),
                        false))
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.ByteArray()))
        .suppress(
            Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded())
                .withName("until-closed"))
        .toStream(Named.as("closed"))
        .foreach(
            (window, tally) ->
                sink.closed(
                    new ClosedWindow(
                        window.key(),
                        window.window().startTime(),
                        window.window().endTime(),
                        TallyCodec.decode(tally))),
            Named.as("window-sink"));
    return builder.build();
  }
}
