package org.pactum.checks.warehouse;

import java.time.Duration;
import org.pactum.checks.core.Formats;

/** Turns classified database failures into messages for people: what failed, never SQL text. */
public final class FailureMessages {
  private final String datasource;
  private final String table;

  public FailureMessages(String datasource, String table) {
    this.datasource = datasource;
    this.table = table;
  }

  public String unreachable() {
    return "datasource '" + datasource + "' is unreachable or the connection was lost";
  }

  public String describe(SqlFailure f, Duration timeout, boolean customSql) {
    String detail = f.detail() == null || f.detail().isBlank() ? "" : ": " + f.detail();
    String subject = customSql ? "the custom query" : "the check's query";
    return switch (f.kind()) {
      case CONNECTION -> unreachable();
      case MISSING_TABLE ->
          customSql
              ? "the custom query refers to a table that does not exist" + detail
              : "table " + table + " does not exist in datasource '" + datasource + "'";
      case MISSING_COLUMN ->
          customSql
              ? "the custom query refers to a column that does not exist" + detail
              : "a column the check reads does not exist in "
                  + table
                  + " (did the contract's schema change?)";
      case TIMEOUT ->
          subject + " timed out after " + Formats.duration(timeout) + " and was cancelled";
      case READ_ONLY -> "the custom query tried to write; checks run in read-only transactions";
      case PERMISSION ->
          "permission denied reading " + table + " in datasource '" + datasource + "'" + detail;
      case INVALID_SQL ->
          (customSql ? "the custom query is invalid" : "the database rejected " + subject) + detail;
      case DATA -> "the database could not evaluate " + subject + detail;
      // the kinds erasure retries read here as any other failure: a run does not retry
      case OTHER, NO_ANSWER, INTERVENTION, ROLLBACK, RESOURCES, LOCK ->
          subject + " failed" + detail;
    };
  }
}
