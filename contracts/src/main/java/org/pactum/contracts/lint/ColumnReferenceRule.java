package org.pactum.contracts.lint;

import java.util.Map;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.KafkaBinding;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.parse.Suggestions;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * {@code unknown-column}: a check or PII field names a column the schema lacks. {@code
 * pii-key-missing}: the PII key is neither a schema column nor a PII field. {@code unknown-column}
 * too: the Kafka binding's {@code key_column} is not in the schema.
 */
final class ColumnReferenceRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    for (Check check : ctx.contract().checks()) {
      for (String column : check.columns()) {
        if (ctx.field(column).isEmpty()) {
          problems.error(
              check.position(),
              "unknown-column",
              "check '"
                  + check.name()
                  + "': column '"
                  + column
                  + "' is not in the schema"
                  + Suggestions.didYouMean(column, ctx.paths()));
        }
      }
    }
    KafkaBinding kafka = ctx.contract().kafka();
    if (kafka != null && kafka.keyColumn() != null && ctx.field(kafka.keyColumn()).isEmpty()) {
      problems.error(
          ctx.at("kafka.key_column"),
          "unknown-column",
          "kafka key_column '"
              + kafka.keyColumn()
              + "' is not in the schema"
              + Suggestions.didYouMean(kafka.keyColumn(), ctx.paths()));
    }
    Pii pii = ctx.contract().pii();
    if (pii == null) {
      return;
    }
    for (Map.Entry<String, ?> field : pii.fields().entrySet()) {
      String column = field.getKey();
      if (ctx.field(column).isEmpty()) {
        problems.error(
            ctx.at("pii.fields." + column),
            "unknown-column",
            "pii field '"
                + column
                + "' is not in the schema"
                + Suggestions.didYouMean(column, ctx.paths()));
      }
    }
    String key = pii.key();
    if (key != null && ctx.field(key).isEmpty() && !pii.fields().containsKey(key)) {
      problems.error(
          ctx.at("pii.key"),
          "pii-key-missing",
          "pii key '"
              + key
              + "' is not in the schema"
              + Suggestions.didYouMean(key, ctx.paths())
              + ": erasure finds a subject's rows by this column");
    }
  }
}
