package org.pactum.lineage;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.openlineage.OpenLineageEventParser;

/** The lineage module's parts, wired by hand: the store, the service and the event parser. */
public final class LineageRuntime {
  private final LineageService service;
  private final OpenLineageEventParser parser;

  public LineageRuntime(Jdbi jdbi, LineageConfig config, ContractLookup contracts, Clock clock) {
    this.service =
        new LineageService(new JdbiLineageStore(jdbi), contracts, config.toSettings(), clock);
    this.parser = new OpenLineageEventParser(config.namespaceMapping());
  }

  public LineageService service() {
    return service;
  }

  public OpenLineageEventParser parser() {
    return parser;
  }
}
