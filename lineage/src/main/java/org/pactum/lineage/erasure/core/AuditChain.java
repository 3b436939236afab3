package org.pactum.lineage.erasure.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.api.audit.HashChain;

/**
 * The erasure audit's links on the {@link HashChain}. A link's canonical JSON is the object {@code
 * {"detail", "event_type", "occurred_at", "prev_hash", "request_id", "seq"}} with keys sorted at
 * every level, no whitespace, timestamps as ISO-8601 UTC with microseconds at most, and detail
 * values restricted to strings, integers, booleans, nulls, lists and maps; its hash is {@code
 * hex(SHA-256(UTF-8(prev_hash) || UTF-8(canonical JSON)))}.
 */
public final class AuditChain {
  /** The first link's {@code prev_hash}. */
  public static final String GENESIS = HashChain.GENESIS;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private AuditChain() {}

  public static String hash(AuditEvent e) {
    return HashChain.hash(e.prevHash(), canonicalBytes(e));
  }

  /** The link's canonical JSON bytes (what {@link #hash} hashes after its {@code prev_hash}). */
  static byte[] canonicalBytes(AuditEvent e) {
    Map<String, Object> row = new TreeMap<>();
    row.put("seq", e.seq());
    row.put("request_id", e.requestId() == null ? null : e.requestId().toString());
    row.put("event_type", e.eventType());
    row.put("occurred_at", e.occurredAt().toString());
    row.put("detail", canonical(e.detail()));
    row.put("prev_hash", e.prevHash());
    try {
      return JSON.writeValueAsBytes(row);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write an audit event as JSON", ex);
    }
  }

  /** The canonical JSON text of a detail map (sorted keys, numbers as integers). */
  public static String canonicalJson(Map<String, Object> detail) {
    try {
      return JSON.writeValueAsString(canonical(detail));
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("audit detail cannot be written as JSON", ex);
    }
  }

  private static Object canonical(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), canonical(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(AuditChain::canonical).toList();
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof BigInteger b) {
      return b.longValueExact();
    }
    if (v instanceof Enum<?> en) {
      return en.name();
    }
    throw new IllegalArgumentException(
        "audit detail values must be strings, integers, booleans, lists or maps, not "
            + v.getClass().getSimpleName());
  }

  /** Walks links in order; call {@link #next} per link and {@link #result} at the end. */
  public static final class Walker {
    private final HashChain.Walker chain = new HashChain.Walker();

    /** Returns false once a broken link is found (the walk may stop). */
    public boolean next(AuditEvent e) {
      return chain.next(e.seq(), e.prevHash(), e.hash(), () -> canonicalBytes(e));
    }

    public ChainVerification result() {
      HashChain.Verdict v = chain.result();
      return new ChainVerification(
          v.checked(), v.firstBroken().orElse(null), v.problem().orElse(null));
    }
  }

  /** A detail map in insertion order, for building events. */
  public static Map<String, Object> detail(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
