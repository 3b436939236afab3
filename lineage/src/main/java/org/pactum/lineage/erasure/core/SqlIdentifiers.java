package org.pactum.lineage.erasure.core;

import java.util.regex.Pattern;

/**
 * Table and column names from contracts, validated and quoted before they reach SQL: plain
 * identifiers only ({@code [A-Za-z_][A-Za-z0-9_$]*}, at most 63 characters), tables optionally
 * schema-qualified. Erasure's one set of identifier rules.
 *
 * <p>They differ from the check engine's ({@code checks.core.dialect.Identifiers}): the check
 * engine also accepts double-quoted identifiers holding any printable text and names of up to three
 * parts ({@code catalog.schema.table}), and reports a bad name as an {@code
 * InvalidReferenceException}; erasure accepts plain identifiers only, at most {@code schema.table},
 * adds dotted jsonb field paths ({@code card.last4}), and throws {@link IllegalArgumentException}.
 * The lead will make the two share one set of rules later.
 */
public final class SqlIdentifiers {
  private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

  private SqlIdentifiers() {}

  public static boolean validColumn(String name) {
    return name != null && PART.matcher(name).matches();
  }

  public static boolean validTable(String name) {
    if (name == null) {
      return false;
    }
    String[] parts = name.split("\\.", -1);
    if (parts.length > 2) {
      return false;
    }
    for (String p : parts) {
      if (!PART.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code "col"}; the name must be {@link #validColumn valid}. */
  public static String column(String name) {
    if (!validColumn(name)) {
      throw new IllegalArgumentException("not a plain column name");
    }
    return '"' + name + '"';
  }

  /** {@code "schema"."table"}; the name must be {@link #validTable valid}. */
  public static String table(String name) {
    if (!validTable(name)) {
      throw new IllegalArgumentException("not a plain table name");
    }
    StringBuilder b = new StringBuilder();
    for (String p : name.split("\\.")) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append('"').append(p).append('"');
    }
    return b.toString();
  }

  /** A column, or a dotted path into a jsonb column ({@code card.last4}); every part plain. */
  public static boolean validField(String name) {
    if (name == null) {
      return false;
    }
    for (String p : name.split("\\.", -1)) {
      if (!PART.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The column a field lives in: its first part. */
  public static String fieldColumn(String field) {
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  /**
   * The field's jsonb path as a text-array literal ({@code '{last4}'}), or null for a top-level
   * column. Safe to inline: every part is a {@link #validField plain identifier}.
   */
  public static String fieldPath(String field) {
    if (!validField(field)) {
      throw new IllegalArgumentException("not a plain field name");
    }
    int dot = field.indexOf('.');
    return dot < 0 ? null : "'{" + field.substring(dot + 1).replace('.', ',') + "}'";
  }
}
