package org.pactum.contracts.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code pactum/v1} data contract: what a dataset promises (schema, checks, PII handling) and who
 * answers for it.
 *
 * @param id the contract id, also the registry subject (e.g. {@code orders.order_placed})
 * @param version the contract document's semantic version ({@code 3.1.0})
 * @param status life-cycle state
 * @param owner owning team and how to reach it
 * @param description free text, may be null or empty
 * @param schema the governed schema
 * @param dataset where checks run, or null for a schema-only contract
 * @param checks the quality checks, list forms expanded (one check per column for {@code not_null:
 *     [a, b]}), in contract order
 * @param pii the personal data, or null when the dataset holds none
 * @param kafka the Kafka topics the contract's events flow through, or null when not bound
 * @param tags free-form labels for search and grouping
 * @param sourceMap where each element was written in the contract file
 */
public record DataContract(
    String id,
    String version,
    ContractStatus status,
    Owner owner,
    String description,
    SchemaSpec schema,
    Dataset dataset,
    List<Check> checks,
    Pii pii,
    KafkaBinding kafka,
    List<String> tags,
    SourceMap sourceMap) {

  /** The only supported {@code apiVersion}. */
  public static final String API_VERSION = "pactum/v1";

  /** The only supported {@code kind}. */
  public static final String KIND = "DataContract";

  public DataContract {
    checks = List.copyOf(checks);
    tags = List.copyOf(tags);
    if (sourceMap == null) {
      sourceMap = SourceMap.EMPTY;
    }
  }

  /** A contract built in code, without Kafka binding, tags or source positions. */
  public DataContract(
      String id,
      String version,
      ContractStatus status,
      Owner owner,
      String description,
      SchemaSpec schema,
      Dataset dataset,
      List<Check> checks,
      Pii pii) {
    this(
        id,
        version,
        status,
        owner,
        description,
        schema,
        dataset,
        checks,
        pii,
        null,
        List.of(),
        SourceMap.EMPTY);
  }

  /** The check with this name. */
  public Optional<Check> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
