package org.pactum.lineage;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.api.LineageExceptionMapper;
import org.pactum.lineage.api.LineageResource;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.core.LineageSettings;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.openlineage.OpenLineageEventParser;
import org.pactum.lineage.sql.SqlLineageAnalyzer;

/**
 * The lineage module's object graph, wired by hand from concrete values: the store, the service,
 * the event parser, and the API's resources built on them. Starts no threads, so the module has no
 * bundle; the server builds one in its wiring.
 */
public final class LineageContext {
  private final LineageService service;
  private final OpenLineageEventParser parser;

  /**
   * @param jdbi the Pactum store (schema {@code lineage}, migrated), SqlObject plugin installed
   * @param contracts the contract catalog (schemas, PII tags, owners)
   */
  public LineageContext(Jdbi jdbi, LineageConfig config, ContractLookup contracts, Clock clock) {
    LineageSettings settings = config.toSettings();
    this.service =
        new LineageService(
            new JdbiLineageStore(jdbi),
            contracts,
            SqlLineageAnalyzer.overContracts(contracts, settings.defaultSchema()),
            settings,
            clock);
    this.parser = new OpenLineageEventParser(config.namespaceMapping());
  }

  public LineageService service() {
    return service;
  }

  public OpenLineageEventParser parser() {
    return parser;
  }

  /** The API's resources and exception mapper, on this context's service and parser. */
  public List<Object> resources() {
    return List.of(new LineageResource(service, parser), new LineageExceptionMapper());
  }
}
