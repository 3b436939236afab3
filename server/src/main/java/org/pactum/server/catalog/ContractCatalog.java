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
        LOG.warn("event=contracts_folder_missing path={}", source);
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

  private void publish(
      LoadedContract loaded, List<CatalogEntry> entries, List<CatalogProblem> problems) {
    String file = loaded.file().toString();
    Path folder = loaded.file().toAbsolutePath().normalize().getParent();
    try {
      PublishResult outcome = contracts.publish(ContractFiles.submission(loaded, file), file);
      entries.add(new CatalogEntry(loaded, outcome.versionNo()));
      LOG.info(
          "event=contract_loaded contract={} catalog_version={} new_version={} subject={}"
              + " schema_id={} file={}",
          outcome.contractId(),
          outcome.versionNo(),
          outcome.created(),
          outcome.schema().subject(),
          outcome.schema().id(),
          loaded.file());
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
      LOG.warn(
          "event=contract_not_published contract={} error_code={} file={} reason=\"{}\"",
          loaded.contract().id(),
          e.error().code(),
          loaded.file(),
          e.getMessage());
    }
  }
}
