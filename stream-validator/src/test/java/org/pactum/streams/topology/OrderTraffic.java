package org.pactum.streams.topology;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.pactum.streams.Orders;
import org.pactum.streams.core.window.WindowSize;

/**
 * The records an exactly-once test produces, decided before the first is sent: each with a unique
 * key ({@code order-000123}, the order's sequence number; the order id is derived from it too), its
 * value in the wire format, its event time and whether the validator must pass it. Every eleventh
 * record is bad: an amount out of the contract's range, or bytes without a wire-format header.
 * Event times advance one millisecond per record, so each partition's records arrive in event-time
 * order and none is late for its window.
 */
final class OrderTraffic {
  /** One record to produce. */
  record Sent(String key, byte[] value, long timestamp, boolean valid, int partition) {
    /** Any partition (the producer's partitioner decides). */
    static final int ANY = -1;
  }

  private final List<Sent> records;

  private OrderTraffic(List<Sent> records) {
    this.records = List.copyOf(records);
  }

  /** {@code count} orders from {@code startMillis} on, one millisecond apart. */
  static OrderTraffic of(Orders orders, int count, long startMillis) {
    List<Sent> sent = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String key = String.format("order-%06d", i);
      long timestamp = startMillis + i;
      GenericRecord order = orders.valid();
      order.put("order_id", new UUID(0x5eedL, i));
      order.put("customer_id", "c-" + i);
      if (i % 11 == 10 && i % 2 == 0) {
        order.put("amount", new BigDecimal("100000.01"));
        sent.add(new Sent(key, Orders.wire(orders.schemaId, order), timestamp, false, Sent.ANY));
      } else if (i % 11 == 10) {
        byte[] junk = ("{\"order\": " + i + "}").getBytes(StandardCharsets.UTF_8);
        sent.add(new Sent(key, junk, timestamp, false, Sent.ANY));
      } else {
        sent.add(new Sent(key, Orders.wire(orders.schemaId, order), timestamp, true, Sent.ANY));
      }
    }
    return new OrderTraffic(sent);
  }

  /**
   * Valid orders at {@code timestamp}, {@code perPartition} to each of the input's {@code
   * partitions}: they move every task's stream time past the windows before them, so those close.
   */
  OrderTraffic closedBy(Orders orders, String name, long timestamp, int partitions) {
    List<Sent> more = new ArrayList<>(records);
    for (int p = 0; p < partitions; p++) {
      GenericRecord order = orders.valid();
      order.put("order_id", UUID.nameUUIDFromBytes((name + p).getBytes(StandardCharsets.UTF_8)));
      more.add(new Sent(name + "-p" + p, Orders.wire(orders.schemaId, order), timestamp, true, p));
    }
    return new OrderTraffic(more);
  }

  List<Sent> records() {
    return records;
  }

  /** The records the validator must pass (valid) or dead-letter (not valid). */
  List<Sent> routedTo(boolean valid) {
    return records.stream().filter(s -> s.valid() == valid).toList();
  }

  /** Per window start: how many records it holds, how many pass, how many are dead-lettered. */
  Map<Long, WindowLine> windows(WindowSize size) {
    Map<Long, long[]> counts = new TreeMap<>();
    for (Sent s : records) {
      long[] c = counts.computeIfAbsent(size.startOf(s.timestamp()), k -> new long[3]);
      c[0]++;
      c[s.valid() ? 1 : 2]++;
    }
    Map<Long, WindowLine> windows = new TreeMap<>();
    counts.forEach(
        (start, c) ->
            windows.put(
                start, new WindowLine(start, start + size.size().toMillis(), c[0], c[1], c[2])));
    return Collections.unmodifiableMap(windows);
  }
}
