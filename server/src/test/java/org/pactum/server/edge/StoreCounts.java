package org.pactum.server.edge;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The row count of every table in Pactum's schemas, in one statement: what a refused request must
 * leave unchanged.
 */
final class StoreCounts {
  private static final List<String> SCHEMAS =
      List.of("registry", "checks", "alerts", "lineage", "privacy", "access");

  private final Jdbi jdbi;
  private final String statement;

  StoreCounts(Jdbi jdbi) {
    this.jdbi = jdbi;
    List<String> tables = tables(jdbi);
    StringBuilder sql = new StringBuilder();
    for (String t : tables) {
      if (sql.length() > 0) {
        sql.append(" union all ");
      }
      sql.append("select '").append(t).append("', count(*) from ").append(t);
    }
    this.statement = sql.toString();
  }

  /** Every table of Pactum's schemas (not Flyway's history), schema-qualified and quoted. */
  static List<String> tables(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    select quote_ident(table_schema) || '.' || quote_ident(table_name)
                    from information_schema.tables
                    where table_schema in (<schemas>) and table_type = 'BASE TABLE'
                      and table_name not like 'flyway%'
                      -- the audit trail records every write, refused ones too, by design
                      and not (table_schema = 'access' and table_name = 'audit_event')
                    order by 1
                    """)
                .bindList("schemas", SCHEMAS)
                .mapTo(String.class)
                .list());
  }

  Map<String, Long> now() {
    return jdbi.withHandle(
        h -> {
          Map<String, Long> out = new TreeMap<>();
          h.createQuery(statement)
              .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
              .forEach(e -> out.put(e.getKey(), e.getValue()));
          return out;
        });
  }
}
