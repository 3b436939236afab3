package org.pactum.server.db;

import java.util.List;

/**
 * The PostgreSQL schemas Pactum's modules own (DESIGN.md §3), in migration order. Each module keeps
 * its migrations at {@code db/<schema>/V<n>__<what>.sql} on the classpath, with its own history
 * table inside its schema.
 */
public final class ModuleSchemas {
  /** Add a module's schema here when the module gets its first migration. */
  public static final List<String> ALL =
      List.of("registry", "checks", "alerts", "lineage", "privacy", "access");

  private ModuleSchemas() {}
}
