package org.pactum.streams.core.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;

/**
 * The headers added to a dead-letter record (its original key, value, headers and timestamp are
 * kept). Every value is UTF-8 text; numbers are decimal. Reasons are numbered from 1 in check
 * order; a header of a reason is absent when it does not apply (no check for a wire-format error).
 *
 * <table>
 *   <caption>Header names</caption>
 *   <tr><td>{@code __pactum.errors.contract.id}, {@code .contract.version}</td><td>the contract the
 *   record was checked against</td></tr>
 *   <tr><td>{@code __pactum.errors.schema.id}</td><td>the writer schema id from the wire header
 *   (absent when the header could not be read)</td></tr>
 *   <tr><td>{@code __pactum.errors.class}</td><td>the first reason's error class</td></tr>
 *   <tr><td>{@code __pactum.errors.count}</td><td>the number of reasons</td></tr>
 *   <tr><td>{@code __pactum.errors.<n>.class}, {@code .check}, {@code .check.type}, {@code
 *   .field}, {@code .expected}, {@code .actual}</td><td>reason n (actual masked for PII)</td></tr>
 *   <tr><td>{@code __pactum.errors.topic}, {@code .partition}, {@code .offset}</td><td>where the
 *   record was read</td></tr>
 *   <tr><td>{@code __pactum.errors.producer.service.id}, {@code
 *   .producer.deployment.hash}</td><td>the producer's own {@code service-id} and {@code
 *   deployment-hash} headers, copied as sent</td></tr>
 * </table>
 */
public final class DeadLetterHeaders {
  public static final String PREFIX = "__pactum.errors.";
  public static final String CONTRACT_ID = PREFIX + "contract.id";
  public static final String CONTRACT_VERSION = PREFIX + "contract.version";
  public static final String SCHEMA_ID = PREFIX + "schema.id";
  public static final String CLASS = PREFIX + "class";
  public static final String COUNT = PREFIX + "count";
  public static final String TOPIC = PREFIX + "topic";
  public static final String PARTITION = PREFIX + "partition";
  public static final String OFFSET = PREFIX + "offset";
  public static final String PRODUCER_SERVICE_ID = PREFIX + "producer.service.id";
  public static final String PRODUCER_DEPLOYMENT_HASH = PREFIX + "producer.deployment.hash";

  /** The header a producer names itself with (its service's id, e.g. {@code checkout-api}). */
  public static final String SERVICE_ID = "service-id";

  /** The header a producer names its build with (e.g. a git commit or image digest). */
  public static final String DEPLOYMENT_HASH = "deployment-hash";

  /** Producer header → its copy, in header order. */
  private static final List<Map.Entry<String, String>> PRODUCER_COPIES =
      List.of(
          Map.entry(SERVICE_ID, PRODUCER_SERVICE_ID),
          Map.entry(DEPLOYMENT_HASH, PRODUCER_DEPLOYMENT_HASH));

  private DeadLetterHeaders() {}

  /** The name of a reason's header: {@code __pactum.errors.<n>.<suffix>}, n from 1. */
  public static String reason(int n, String suffix) {
    return PREFIX + n + "." + suffix;
  }

  /**
   * The headers to add to a rejected record, in order.
   *
   * @param original the record's own headers, to find the producer's {@code service-id} and {@code
   *     deployment-hash} (the last of each wins, as Kafka's {@code lastHeader})
   */
  public static List<Header> of(
      ContractRef contract,
      Verdict.Rejected verdict,
      OriginalRecord origin,
      List<Header> original) {
    List<Header> out = new ArrayList<>();
    out.add(text(CONTRACT_ID, contract.id()));
    out.add(text(CONTRACT_VERSION, contract.version()));
    verdict.schemaId().ifPresent(id -> out.add(text(SCHEMA_ID, id.toString())));
    out.add(text(CLASS, verdict.reasons().get(0).errorClass().name()));
    out.add(text(COUNT, Integer.toString(verdict.reasons().size())));
    int n = 1;
    for (Reason r : verdict.reasons()) {
      out.add(text(reason(n, "class"), r.errorClass().name()));
      if (r.check() != null) {
        out.add(text(reason(n, "check"), r.check()));
        out.add(text(reason(n, "check.type"), r.checkType().yamlName()));
      }
      if (r.field() != null) {
        out.add(text(reason(n, "field"), r.field()));
      }
      out.add(text(reason(n, "expected"), r.expected()));
      out.add(text(reason(n, "actual"), r.actual()));
      n++;
    }
    out.add(text(TOPIC, origin.topic()));
    out.add(text(PARTITION, Integer.toString(origin.partition())));
    out.add(text(OFFSET, Long.toString(origin.offset())));
    for (Map.Entry<String, String> copy : PRODUCER_COPIES) {
      byte[] last = null;
      for (Header h : original) {
        if (h.key().equals(copy.getKey())) {
          last = h.value();
        }
      }
      if (last != null) {
        out.add(new Header(copy.getValue(), last));
      }
    }
    return out;
  }

  private static Header text(String key, String value) {
    return new Header(key, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A header: a key and its raw value (may be null, as Kafka allows). */
  public record Header(String key, byte[] value) {}
}
