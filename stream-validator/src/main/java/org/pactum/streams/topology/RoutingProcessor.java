package org.pactum.streams.topology;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.deadletter.DeadLetterHeaders;
import org.pactum.streams.core.deadletter.DeadLetterHeaders.Header;
import org.pactum.streams.core.deadletter.OriginalRecord;
import org.pactum.streams.core.privacy.InFlightErasure;
import org.pactum.streams.core.validate.Inspection;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.TallyCodec;
import org.pactum.streams.core.window.WindowPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges each record and forwards it as it came (key, value, headers, timestamp) for the valid
 * topic, or with its reasons added to a copy of its headers for the dead-letter topic, or — when
 * its data subject was erased — not at all; counts it into its window. Bad input never throws here,
 * so no record stalls its partition. The registry unreachable does: after {@link RegistryRetry}
 * gives up the task fails and Kafka Streams replaces its thread, which starts again from the last
 * committed record — nothing is dead-lettered because Pactum was down.
 *
 * <p>Window counts live in a state store (changelogged, so exactly-once covers them with the
 * records): when this task's stream time passes a window's end and grace, its counts are forwarded
 * as a window part, timestamped with the window's last millisecond, and removed. Records older than
 * that are routed but not counted (late).
 */
final class RoutingProcessor implements Processor<byte[], byte[], byte[], Routed> {
  private static final Logger LOG = LoggerFactory.getLogger(RoutingProcessor.class);

  /**
   * The largest dead letter (key, value and headers) written with its value: the producer's default
   * {@code max.request.size} (1 MiB) less 64 KiB for the batch and the reasons. A larger one is
   * written without its value, which stays readable at the original topic, partition and offset its
   * headers name — so a record near the size limit can never stall its partition.
   */
  static final int DEAD_LETTER_LIMIT = 1_048_576 - 65_536;

  /** The header a dead letter written without its value carries: the value's size. */
  static final String VALUE_DROPPED = DeadLetterHeaders.PREFIX + "value.dropped.bytes";

  private final RecordValidator validator;
  private final WindowPlan plan;
  private final RegistryRetry retry;
  private final InFlightErasure erasure;
  private final Map<Long, long[]> open = new HashMap<>();
  private ProcessorContext<byte[], Routed> context;
  private KeyValueStore<Long, byte[]> store;
  private byte[] partKey;

  RoutingProcessor(
      RecordValidator validator, WindowPlan plan, RegistryRetry retry, InFlightErasure erasure) {
    this.validator = validator;
    this.plan = plan;
    this.retry = retry;
    this.erasure = erasure;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.store = context.getStateStore(ValidationTopology.WINDOW_COUNTS);
    this.partKey = validator.contract().id().getBytes(StandardCharsets.UTF_8);
    List<Long> foreign = new ArrayList<>();
    try (KeyValueIterator<Long, byte[]> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<Long, byte[]> kv = all.next();
        Optional<long[]> counts =
            PartialCounts.decode(kv.value, plan.fingerprint(), plan.counters().size());
        if (counts.isPresent()) {
          open.put(kv.key, counts.get());
        } else {
          foreign.add(kv.key);
        }
      }
    }
    foreign.forEach(store::delete);
    if (!foreign.isEmpty()) {
      LOG.atWarn()
          .addKeyValue("event", "stream_window_counts_dropped")
          .addKeyValue("contract", validator.contract().id())
          .addKeyValue("windows", foreign.size())
          .log("open windows counted under another version of the contract are not counted on");
    }
    long every = Math.max(1, Math.min(plan.size().size().toMillis(), 1000));
    context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, this::closeWindows);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Inspection inspection = retry.call(() -> validator.inspect(record.key(), record.value()));
    boolean erased = retry.call(() -> erasure.drops(inspection, record.key()));
    count(record.timestamp(), inspection, erased);
    if (erased) {
      return; // its subject was erased: neither valid nor dead-lettered, only counted
    }
    if (inspection.verdict() instanceof Verdict.Rejected rejected) {
      Record<byte[], byte[]> dead = deadLetter(record, rejected);
      byte[] value = record.value();
      if (size(dead) > DEAD_LETTER_LIMIT) {
        dead.headers().add(VALUE_DROPPED, Integer.toString(value.length).getBytes(UTF_8));
        value = null;
      }
      context.forward(dead.withValue(new Routed(Routed.Kind.DEAD_LETTER, value)));
    } else {
      context.forward(record.withValue(new Routed(Routed.Kind.VALID, record.value())));
    }
  }

  private void count(long timestamp, Inspection inspection, boolean erased) {
    long start = plan.size().startOf(timestamp);
    if (plan.size().closedAt(start, context.currentStreamTimeMs())) {
      return; // late: its window is closed
    }
    long[] counts = open.computeIfAbsent(start, s -> plan.zero());
    plan.observe(inspection, erased, counts);
    store.put(start, PartialCounts.encode(plan.fingerprint(), counts));
  }

  private void closeWindows(long streamTime) {
    List<Long> closed =
        open.keySet().stream().filter(s -> plan.size().closedAt(s, streamTime)).sorted().toList();
    for (Long start : closed) {
      byte[] part = TallyCodec.encode(plan.tally(open.remove(start)));
      store.delete(start);
      // stamped with the window's last millisecond: the totals' stream time then reaches the
      // window's end as soon as any task's part of the next window arrives
      long last = start + plan.size().size().toMillis() - 1;
      context.forward(
          new Record<>(
              partKey, new Routed(Routed.Kind.WINDOW_PART, part), last, new RecordHeaders()));
    }
  }

  private static long size(Record<byte[], byte[]> r) {
    long n = (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
    for (var h : r.headers()) {
      n += h.key().length() + (h.value() == null ? 0 : h.value().length);
    }
    return n;
  }

  private Record<byte[], byte[]> deadLetter(
      Record<byte[], byte[]> record, Verdict.Rejected rejected) {
    RecordMetadata meta = context.recordMetadata().orElseThrow();
    List<Header> original = new ArrayList<>();
    record.headers().forEach(h -> original.add(new Header(h.key(), h.value())));
    Headers headers = new RecordHeaders(record.headers().toArray());
    for (Header h :
        DeadLetterHeaders.of(
            validator.contract(),
            rejected,
            new OriginalRecord(meta.topic(), meta.partition(), meta.offset()),
            original)) {
      headers.add(h.key(), h.value());
    }
    return record.withHeaders(headers);
  }
}
