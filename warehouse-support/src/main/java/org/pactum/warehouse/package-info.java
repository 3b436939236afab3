/**
 * What Pactum knows about the warehouses it reads (the check engine) and writes (erasure), shared
 * so that both sides follow one set of rules. Pure JDK: no JDBC, no framework.
 *
 * <h2>Identifiers</h2>
 *
 * <p>Names from contracts reach SQL only through these rules, and always quoted: nothing a contract
 * says is concatenated into SQL raw. The same rules hold for every database Pactum talks to
 * (PostgreSQL, DuckDB), and a table the check engine can check is a table erasure can erase.
 *
 * <ul>
 *   <li>An {@link org.pactum.warehouse.Identifier} (a column, a nested field, one part of a table
 *       name) is the name as the database stores it: non-empty, at most 63 bytes in UTF-8
 *       (PostgreSQL's {@code NAMEDATALEN - 1}: PostgreSQL silently truncates a longer name, which
 *       could then name another object), with no control character (C0, DEL, C1), no line or
 *       paragraph separator, no invisible formatting character (bidirectional overrides, zero-width
 *       characters, byte-order marks) and no lone UTF-16 surrogate. Any other text is allowed —
 *       spaces, quotes, semicolons, {@code --} — because it is always written as a quoted
 *       identifier, {@code "…"} with each {@code "} doubled: inside the quotes it is only a name.
 *   <li>A {@link org.pactum.warehouse.TableName} ({@code dataset.table}) is {@code table}, {@code
 *       schema.table} or {@code catalog.schema.table}. Each part is either plain, {@code
 *       [A-Za-z_][A-Za-z0-9_$]*}, or double-quoted with {@code ""} standing for a quote ({@code "my
 *       schema"."Order ""items"""}), and holds an identifier by the rule above. Outside the quotes
 *       nothing but those characters and the separating dots is allowed: no spaces, no quotes, no
 *       {@code ;}, no comment ({@code --}, {@code /*}). Characters up to U+0020 around the whole
 *       name are ignored. Every part is quoted in SQL, plain parts as written: {@code
 *       public.Orders} names {@code "public"."Orders"}, not PostgreSQL's folded {@code orders}.
 * </ul>
 *
 * <h2>Failures</h2>
 *
 * <p>A failed statement is one {@link org.pactum.warehouse.FailureKind}, from its SQLState
 * (PostgreSQL) or its message (DuckDB, which reports none) by the {@link
 * org.pactum.warehouse.FailureClassifier}; each kind says whether trying again may succeed.
 */
package org.pactum.warehouse;
