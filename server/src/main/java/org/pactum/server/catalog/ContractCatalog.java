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
import org.pactum.registry.core.contract.ContractCatalogException;
import org.pactum.registry.core.contract.ContractFiles;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.FindingRecord;
import org.pactum.registry.core.contract.PublishResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the contracts folders into the catalog: every contract that loads without errors is
 * published through the contract API's {@link ContractService}, as {@code POST /api/v1/contracts}
 * would publish it (its schema registered in the subject named by its id, under its mode; a new
 * catalog version only when its content changed), and the problems of the rest, including schemas
 * the registry refuses as incompatible, are kept for stewards to see.
 */
public final class ContractCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(ContractCatalog.class);

  private final ContractLoader loader;
  private final ContractService contracts;
  private final List<Path> sources;
  private volatile CatalogSnapshot snapshot = CatalogSnapshot.empty();

  public ContractCatalog(ContractLoader loader, ContractService contracts, List<Path> sources) {
    this.loader = loader;
    this.contracts = contracts;
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
        LOG.atWarn()
            .addKeyValue("event", "contracts_folder_missing")
            .addKeyValue("path", source)
            .log("contracts folder missing");
      }
    }
    try {
      LoadReport report = loader.loadAll(readable);
      for (Problem p : report.problems()) {
        problems.add(new CatalogProblem(p.severity().name(), location(p), p.message()));
      }
      for (LoadedContract loaded : report.contracts()) {
        publish(loaded, entries, problems);
      }
    } catch (IOException e) {
      problems.add(new CatalogProblem("ERROR", String.valueOf(readable), e.getMessage()));
      LOG.atWarn()
          .addKeyValue("event", "contracts_unreadable")
          .addKeyValue("error", e.getMessage())
          .log("contracts unreadable");
    }
    entries.sort(Comparator.comparing(e -> e.loaded().contract().id()));
    snapshot = new CatalogSnapshot(sources, entries, problems);
    LOG.atInfo()
        .addKeyValue("event", "catalog_loaded")
        .addKeyValue("contracts", entries.size())
        .addKeyValue("problems", problems.size())
        .log("catalog loaded");
    return snapshot;
  }

  private static String location(Problem p) {
    return p.file() + ":" + p.line() + ":" + p.column();
  }

  private void publish(
      LoadedContract loaded, List<CatalogEntry> entries, List<CatalogProblem> problems) {
    String file = loaded.file().toString();
    Path folder = loaded.file().toAbsolutePath().normalize().getParent();
    try {
      PublishResult outcome = contracts.publish(ContractFiles.submission(loaded, file), file);
      entries.add(new CatalogEntry(loaded, outcome.versionNo()));
      LOG.atInfo()
          .addKeyValue("event", "contract_loaded")
          .addKeyValue("contract", outcome.contractId())
          .addKeyValue("catalog_version", outcome.versionNo())
          .addKeyValue("new_version", outcome.created())
          .addKeyValue("subject", outcome.schema().subject())
          .addKeyValue("schema_id", outcome.schema().id())
          .addKeyValue("file", loaded.file())
          .log("contract loaded");
    } catch (ContractCatalogException e) {
      problems.add(new CatalogProblem("ERROR", file, e.getMessage()));
      for (FindingRecord f : e.findings()) {
        if (!f.severity().equals("INFO")) {
          problems.add(
              new CatalogProblem(
                  f.severity(),
                  folder.resolve(f.file()).normalize() + ":" + f.line() + ":" + f.column(),
                  f.message() + " [" + f.rule() + "]"));
        }
      }
      LOG.atWarn()
          .addKeyValue("event", "contract_not_published")
          .addKeyValue("contract", loaded.contract().id())
          .addKeyValue("error_code", e.error().code())
          .addKeyValue("file", loaded.file())
          .addKeyValue("reason", e.getMessage())
          .log("contract not published");
    }
  }
}
