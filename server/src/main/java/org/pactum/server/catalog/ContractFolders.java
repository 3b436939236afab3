package org.pactum.server.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadReport;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.problem.Problem;
import org.pactum.registry.core.contract.ContractCatalogException;
import org.pactum.registry.core.contract.ContractFiles;
import org.pactum.registry.core.contract.ContractLifecycle;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.FindingRecord;
import org.pactum.registry.core.contract.PublishResult;
import org.pactum.registry.core.contract.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contracts folders as one more publisher into the one catalog: every contract that loads
 * without errors is published through the contract API's {@link ContractService}, as {@code POST
 * /api/v1/contracts} would publish it (its schema registered in the subject named by its id, under
 * its mode; a new catalog version only when its content changed), recorded with the file it came
 * from. The folder owns the ids it declares: the contract API refuses to publish, retire or delete
 * them. The problems of the rest, including schemas the registry refuses, are kept for stewards.
 *
 * <p>Consumers never read the folders: they read the catalog ({@code CurrentCatalog}).
 */
public final class ContractFolders {
  private static final Logger LOG = LoggerFactory.getLogger(ContractFolders.class);

  private final ContractLoader loader;
  private final ContractService contracts;
  private final ContractLifecycle lifecycle;
  private final List<Path> sources;
  private volatile FolderLoad last = FolderLoad.empty();

  public ContractFolders(
      ContractLoader loader,
      ContractService contracts,
      ContractLifecycle lifecycle,
      List<Path> sources) {
    this.loader = loader;
    this.contracts = contracts;
    this.lifecycle = lifecycle;
    this.sources = List.copyOf(sources);
  }

  /** The result of the last {@link #reload()}. */
  public FolderLoad lastLoad() {
    return last;
  }

  /** Loads every source folder again and publishes what changed. */
  public synchronized FolderLoad reload() {
    List<CatalogProblem> problems = new ArrayList<>();
    Set<String> declared = new TreeSet<>();
    boolean complete = true;
    List<Path> readable = new ArrayList<>();
    for (Path source : sources) {
      if (Files.exists(source)) {
        readable.add(source);
      } else {
        problems.add(new CatalogProblem("ERROR", source.toString(), "contracts folder not found"));
        complete = false;
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
        complete &= !p.isError();
      }
      for (LoadedContract loaded : report.contracts()) {
        declared.add(loaded.contract().id());
        publish(loaded, problems);
      }
    } catch (IOException e) {
      complete = false;
      problems.add(new CatalogProblem("ERROR", String.valueOf(readable), e.getMessage()));
      LOG.atWarn()
          .addKeyValue("event", "contracts_unreadable")
          .addKeyValue("error", e.getMessage())
          .log("contracts unreadable");
    }
    if (complete) {
      // a file that did not load may still declare its id: hand nothing over on a partial load
      lifecycle.folderDeclares(declared);
    }
    last = new FolderLoad(sources, declared, problems);
    LOG.atInfo()
        .addKeyValue("event", "contracts_folders_loaded")
        .addKeyValue("contracts", declared.size())
        .addKeyValue("problems", problems.size())
        .log("contracts folders loaded");
    return last;
  }

  private static String location(Problem p) {
    return p.file() + ":" + p.line() + ":" + p.column();
  }

  private void publish(LoadedContract loaded, List<CatalogProblem> problems) {
    String file = loaded.file().toString();
    Path folder = loaded.file().toAbsolutePath().normalize().getParent();
    try {
      PublishResult outcome =
          contracts.publish(ContractFiles.submission(loaded, file), Publisher.folder(file));
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
