package org.pactum.server.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadReport;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.Problem;
import org.pactum.contracts.model.DataContract;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;
import org.pactum.registry.db.ContractVersionDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the contracts folders into the catalog: every contract that loads without errors is
 * published to {@code registry.contract_version} (a new version only when its content changed), and
 * the problems of the rest are kept for stewards to see.
 */
public final class ContractCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(ContractCatalog.class);

  private final ContractLoader loader;
  private final ContractVersionDao versions;
  private final List<Path> sources;
  private volatile CatalogSnapshot snapshot = CatalogSnapshot.empty();

  public ContractCatalog(ContractLoader loader, ContractVersionDao versions, List<Path> sources) {
    this.loader = loader;
    this.versions = versions;
    this.sources = List.copyOf(sources);
  }

  /** The result of the last {@link #reload()}. */
  public CatalogSnapshot snapshot() {
    return snapshot;
  }

  /** Loads every source folder again and publishes what changed. */
  public synchronized CatalogSnapshot reload() {
    List<CatalogProblem> problems = new ArrayList<>();
    List<CatalogEntry> entries = new ArrayList<>();
    List<Path> readable = new ArrayList<>();
    for (Path source : sources) {
      if (Files.exists(source)) {
        readable.add(source);
      } else {
        problems.add(new CatalogProblem("ERROR", source.toString(), "contracts folder not found"));
        LOG.warn("event=contracts_folder_missing path={}", source);
      }
    }
    try {
      LoadReport report = loader.loadAll(readable);
      for (Problem p : report.problems()) {
        problems.add(new CatalogProblem(p.severity().name(), location(p), p.message()));
      }
      for (LoadedContract loaded : report.contracts()) {
        PublishOutcome outcome = versions.publish(document(loaded));
        entries.add(new CatalogEntry(loaded, outcome.versionNo()));
        LOG.info(
            "event=contract_loaded contract={} catalog_version={} new_version={} file={}",
            outcome.contractId(),
            outcome.versionNo(),
            outcome.created(),
            loaded.file());
      }
    } catch (IOException e) {
      problems.add(new CatalogProblem("ERROR", String.valueOf(readable), e.getMessage()));
      LOG.warn("event=contracts_unreadable error=\"{}\"", e.getMessage());
    }
    entries.sort(Comparator.comparing(e -> e.loaded().contract().id()));
    snapshot = new CatalogSnapshot(sources, entries, problems);
    LOG.info("event=catalog_loaded contracts={} problems={}", entries.size(), problems.size());
    return snapshot;
  }

  private static String location(Problem p) {
    return p.file() + ":" + p.line() + ":" + p.column();
  }

  static ContractDocument document(LoadedContract loaded) {
    DataContract c = loaded.contract();
    return new ContractDocument(
        c.id(),
        c.version(),
        c.status().name(),
        c.owner().team(),
        c.description(),
        c.schema().format().name(),
        c.schema().compatibility().name(),
        loaded.source(),
        loaded.schema().text(),
        loaded.file().toString());
  }
}
