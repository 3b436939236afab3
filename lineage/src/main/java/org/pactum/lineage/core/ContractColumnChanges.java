package org.pactum.lineage.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.diff.ChangeSeverity;
import org.pactum.contracts.diff.ContractDiff;
import org.pactum.contracts.diff.SemanticChange;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.schema.SchemaField;

/**
 * The columns a change between two versions of a contract touches: schema columns removed or
 * changed (type, nullability, repetition, enum symbols), columns of checks whose guarantee was
 * dropped or loosened (the semantic diff's errors and warnings), PII fields whose tag or handling
 * changed, and every column when the dataset itself moved or went away.
 */
public final class ContractColumnChanges {
  private ContractColumnChanges() {}

  public static List<ColumnChange> between(
      LoadedContract before, LoadedContract after, ContractDiff diff) {
    Map<String, String> result = new LinkedHashMap<>();
    List<SchemaField> old = before.schema() == null ? List.of() : before.schema().columns();
    List<SchemaField> now =
        after == null || after.schema() == null ? List.of() : after.schema().columns();
    for (SchemaField f : old) {
      Optional<SchemaField> n = now.stream().filter(x -> x.name().equals(f.name())).findFirst();
      if (n.isEmpty()) {
        result.putIfAbsent(f.name(), "column removed");
      } else if (f.kind() != n.get().kind()
          || f.nullable() != n.get().nullable()
          || f.repeated() != n.get().repeated()
          || !f.enumSymbols().equals(n.get().enumSymbols())) {
        result.putIfAbsent(
            f.name(), "column type changed (" + describe(f) + " → " + describe(n.get()) + ")");
      }
    }
    for (SemanticChange c : diff.changes()) {
      if (c.severity() == ChangeSeverity.INFO) {
        continue;
      }
      switch (c.kind()) {
        case DATASET_REMOVED, DATASET_CHANGED ->
            old.forEach(f -> result.putIfAbsent(f.name(), c.kind().name()));
        case PII_FIELD_REMOVED, PII_ERASURE_CHANGED, PII_CATEGORY_CHANGED -> {
          String field =
              c.subject().startsWith("pii.fields.") ? c.subject().substring(11) : c.subject();
          int dot = field.indexOf('.');
          result.putIfAbsent(dot < 0 ? field : field.substring(0, dot), c.kind().name());
        }
        default -> {
          for (String column :
              checkColumns(
                  c.subject(), before.contract(), after == null ? null : after.contract())) {
            result.putIfAbsent(column, c.kind().name() + " " + c.subject());
          }
        }
      }
    }
    List<ColumnChange> changes = new ArrayList<>();
    result.forEach((k, v) -> changes.add(new ColumnChange(k, v)));
    return changes;
  }

  private static List<String> checkColumns(
      String checkName, DataContract before, DataContract after) {
    for (DataContract c : new DataContract[] {before, after}) {
      if (c != null) {
        Optional<Check> check = c.check(checkName);
        if (check.isPresent()) {
          return check.get().columns().stream()
              .filter(Objects::nonNull)
              .map(p -> p.indexOf('.') < 0 ? p : p.substring(0, p.indexOf('.')))
              .toList();
        }
      }
    }
    return List.of();
  }

  private static String describe(SchemaField f) {
    return f.kind() + (f.nullable() ? "?" : "") + (f.repeated() ? "[]" : "");
  }
}
