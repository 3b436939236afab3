package org.pactum.lineage.sql;

import java.util.Locale;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Table;
import org.pactum.lineage.core.DatasetRef;

/** PostgreSQL identifier rules: unquoted names fold to lower case, quoted names keep theirs. */
final class Names {
  private Names() {}

  static String identifier(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.length() >= 2
        && ((raw.startsWith("\"") && raw.endsWith("\""))
            || (raw.startsWith("`") && raw.endsWith("`")))) {
      return raw.substring(1, raw.length() - 1);
    }
    return raw.toLowerCase(Locale.ROOT);
  }

  /** The table's dataset: {@code schema.table}, the default schema filled in when absent. */
  static DatasetRef dataset(Table table, String namespace, String defaultSchema) {
    String schema = identifier(table.getSchemaName());
    String name = identifier(table.getName());
    return new DatasetRef(namespace, (schema == null ? defaultSchema : schema) + "." + name);
  }

  /** An alias's name as an identifier, or null when there is no alias. */
  static String alias(Alias alias) {
    return alias == null ? null : identifier(alias.getName());
  }

  /** An alias's name as an identifier, or {@code fallback} when there is no alias. */
  static String alias(Alias alias, String fallback) {
    return alias == null ? fallback : identifier(alias.getName());
  }
}
