package org.pactum.lineage.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.pactum.api.InvalidInputException;
import org.pactum.api.input.JsonFields;

/**
 * {@code POST /api/v1/lineage/sql}: derive lineage from SQL.
 *
 * @param job the job name the edges are recorded under (required)
 * @param sql one or more statements (required)
 * @param namespace the tables' namespace (a datasource name); default: {@code
 *     lineage.defaultNamespace}
 * @param runId an optional run id recorded as the edges' last run
 * @param dryRun true: analyse only, store nothing
 */
public record SqlRequest(
    @JsonProperty("job") String job,
    @JsonProperty("sql") String sql,
    @JsonProperty("namespace") String namespace,
    @JsonProperty("run_id") String runId,
    @JsonProperty("dry_run") Boolean dryRun) {
  /** The fields the body takes; any other is refused, naming it. */
  static final Set<String> FIELDS = Set.of("job", "sql", "namespace", "run_id", "dry_run");

  /** The request from its JSON body: an object of {@link #FIELDS}, each of its type. */
  static SqlRequest of(JsonNode body) {
    JsonFields.only(body, FIELDS);
    JsonNode dryRun = body.get("dry_run");
    if (dryRun != null && !dryRun.isNull() && !dryRun.isBoolean()) {
      throw InvalidInputException.field("dry_run", "field 'dry_run' must be true or false");
    }
    return new SqlRequest(
        text(body, "job"),
        text(body, "sql"),
        text(body, "namespace"),
        text(body, "run_id"),
        dryRun == null || dryRun.isNull() ? null : dryRun.booleanValue());
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw InvalidInputException.field(field, "field '" + field + "' must be a string");
    }
    return v.textValue();
  }
}
