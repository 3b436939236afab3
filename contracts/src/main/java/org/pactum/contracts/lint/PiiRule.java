package org.pactum.contracts.lint;

import java.util.Map;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.problem.ProblemCollector;
import org.pactum.contracts.schema.FieldKind;

/**
 * Erasure actions that cannot work on their column: {@code pii-nullify-required} (warning) for
 * {@code nullify} on a field the schema declares non-nullable; {@code pii-hash-type} for {@code
 * hash}/{@code redact} on a column that cannot hold the replacement text; {@code
 * pii-retain-with-delete-row} (error) for a {@code retain} field in a contract that also deletes
 * the subject's row, which would destroy the data the law requires keeping. Retaining the {@code
 * pii.key} column is fine: it keeps the retained rows findable.
 */
final class PiiRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    Pii pii = ctx.contract().pii();
    if (pii == null) {
      return;
    }
    retainWithDeleteRow(ctx, pii, problems);
    for (Map.Entry<String, PiiField> e : pii.fields().entrySet()) {
      String column = e.getKey();
      ErasureAction action = e.getValue().erasure();
      ctx.field(column)
          .ifPresent(
              field -> {
                if (action == ErasureAction.NULLIFY && !field.nullable()) {
                  problems.warning(
                      ctx.at("pii.fields." + column),
                      "pii-nullify-required",
                      "pii field '"
                          + column
                          + "' is erased with nullify but the schema declares it"
                          + " non-nullable; erased records will not conform (make it nullable, or use"
                          + " redact/hash)");
                }
                if ((action == ErasureAction.HASH || action == ErasureAction.REDACT)
                    && field.kind() != FieldKind.STRING
                    && field.kind() != FieldKind.BYTES) {
                  problems.error(
                      ctx.at("pii.fields." + column),
                      "pii-hash-type",
                      "pii field '"
                          + column
                          + "' is erased with "
                          + action.yamlName()
                          + ", which writes"
                          + " text, but it is "
                          + ColumnTypeRule.article(field.kind())
                          + "; use nullify or delete_row");
                }
              });
    }
  }

  private static void retainWithDeleteRow(LintContext ctx, Pii pii, ProblemCollector problems) {
    String deleting =
        pii.fields().entrySet().stream()
            .filter(e -> e.getValue().erasure() == ErasureAction.DELETE_ROW)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (deleting == null) {
      return;
    }
    pii.fields()
        .forEach(
            (column, field) -> {
              if (field.erasure() == ErasureAction.RETAIN) {
                problems.error(
                    ctx.at("pii.fields." + column),
                    "pii-retain-with-delete-row",
                    "pii field '"
                        + column
                        + "' is retained ("
                        + field.legalBasis()
                        + ") but '"
                        + deleting
                        + "' is erased with delete_row: deleting the row would destroy data that"
                        + " must be kept; erase the other fields with nullify, hash or redact"
                        + " instead");
              }
            });
  }
}
