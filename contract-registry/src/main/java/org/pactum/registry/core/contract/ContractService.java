package org.pactum.registry.core.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.problem.Problem;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.UnitOfWork;
import org.pactum.registry.core.gate.ContractChangeChecker;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;

/**
 * The contract API's service: publishes contracts (lint → schema into the registry subject named by
 * the contract id, under the contract's compatibility mode → semantic diff against the previous
 * catalog version → a new catalog version), dry-runs the same checks, and reads the catalog back.
 *
 * <p>Semantic errors (a removed check, a dropped PII tag) do not block publishing: the CI gate
 * ({@code pactum contract check --registry}) blocks them before merge; publishing records and
 * returns them. Schema incompatibilities do block: the registry must never hold a schema that
 * breaks its subject's mode.
 *
 * <p>Publishing is atomic: the registry subject (its versions and its compatibility level, and the
 * subjects of imported files) and the catalog version are written in one {@link UnitOfWork}, so
 * they commit together or leave no trace.
 *
 * <p>Thread-safe; publishers of one contract serialise on its registry subject and catalog row, and
 * a publisher that compared with a version another publisher has since superseded compares again.
 */
public final class ContractService {
  private static final int PUBLISH_ATTEMPTS = 3;

  private final ContractLoader loader;
  private final SchemaRegistry registry;
  private final UnitOfWork transactions;
  private final RegisteredHistory history;
  private final ContractSchemas schemas;
  private final CatalogVersions catalog;
  private final ContractChangeChecker checker;
  private final ContractStore store;
  private final SubmissionLimits limits;

  public ContractService(
      ContractLoader loader,
      SchemaRegistry registry,
      SchemaParsers parsers,
      ContractChangeChecker checker,
      ContractStore store,
      UnitOfWork transactions,
      SubmissionLimits limits) {
    this.loader = loader;
    this.registry = registry;
    this.transactions = transactions;
    this.history = new RegisteredHistory(registry, parsers);
    this.schemas = new ContractSchemas(registry, history, checker);
    this.catalog = new CatalogVersions(loader);
    this.checker = checker;
    this.store = store;
    this.limits = limits;
  }

  // ---------------------------------------------------------------- publish and check

  /**
   * Publishes a contract.
   *
   * @param publisher the contract API or a contracts folder: while a folder declares the id, only
   *     the folder publishes it; a folder's publish makes the folder the contract's manager
   * @throws ContractCatalogException 42201 (lint errors), 42202 (files), 40903 (a folder manages
   *     it), 40905 (retired), 40901 (schema incompatible: nothing stored), 42204 (the registry
   *     refused), 40902 (lost the race thrice)
   */
  public PublishResult publish(ContractSubmission submission, Publisher publisher) {
    return publish(submission, publisher, PublishGuard.NONE);
  }

  /**
   * Publishes a contract if {@code guard} lets the caller publish its id with its owner team; as
   * {@link #publish(ContractSubmission, Publisher)} otherwise.
   */
  public PublishResult publish(
      ContractSubmission submission, Publisher publisher, PublishGuard guard) {
    try (ContractWorkspace ws = ContractWorkspace.of(submission, limits)) {
      Linted linted = lint(ws);
      LoadedContract after = linted.contract();
      String id = after.contract().id();
      guard.check(id, after.contract().owner() == null ? null : after.contract().owner().team());
      store.head(id).ifPresent(head -> ContractLifecycle.mayPublish(head.state(), publisher));
      SchemaPlan plan = SchemaPlan.of(after);
      List<GateFinding> schema = schemas.findings(after, plan);
      if (schema.stream().anyMatch(GateFinding::isError)) {
        throw ContractSchemas.incompatible(id, sorted(schema, ws));
      }
      ContractDocument document = CatalogVersions.document(after, ws, publisher.source());
      try {
        return transactions.inTransaction(
            () ->
                store(
                    new Publishing(
                        after, ws, plan, schema, linted.warnings(), document, publisher)));
      } catch (RuntimeException e) {
        registry.dropCachedSchemas(); // ids read back inside the rolled-back transaction
        throw e;
      }
    }
  }

  /** What one publish stores, checked and ready. */
  private record Publishing(
      LoadedContract after,
      ContractWorkspace ws,
      SchemaPlan plan,
      List<GateFinding> schema,
      List<FindingRecord> warnings,
      ContractDocument document,
      Publisher publisher) {}

  /** The writes of a publish, inside its unit of work: the registry subject, then the catalog. */
  private PublishResult store(Publishing p) {
    String id = p.after().contract().id();
    ContractLifecycle.mayPublish(store.lock(id), p.publisher()); // again, under its lock
    if (p.publisher().kind() == ManagedBy.FOLDER) {
      store.declare(id, p.publisher().source());
    }
    SchemaLink link = schemas.register(p.plan(), p.after(), p.ws());
    for (int attempt = 1; attempt <= PUBLISH_ATTEMPTS; attempt++) {
      Optional<ContractVersion> latest = store.latest(id);
      if (latest.isPresent() && latest.get().contentSha256().equals(p.document().contentSha256())) {
        ContractVersion same = latest.get();
        return new PublishResult(id, same.versionNo(), false, link, same.findings());
      }
      List<FindingRecord> findings = new ArrayList<>(p.warnings());
      List<GateFinding> gate = new ArrayList<>(p.schema());
      List<FindingRecord> semantic = semanticAgainst(latest, p.after(), p.ws(), gate);
      findings.addAll(sorted(gate, p.ws()));
      findings.addAll(semantic);
      Optional<PublishOutcome> outcome =
          store.publish(
              p.document(), link, findings, latest.map(ContractVersion::versionNo).orElse(0));
      if (outcome.isPresent()) {
        PublishOutcome o = outcome.get();
        List<FindingRecord> stored =
            o.created()
                ? findings
                : store.version(id, o.versionNo()).map(ContractVersion::findings).orElse(findings);
        return new PublishResult(id, o.versionNo(), o.created(), link, stored);
      }
    }
    throw new ContractCatalogException(
        ContractError.CONCURRENT_PUBLISH,
        "contract '" + id + "' kept changing while it was published; publish again");
  }

  /**
   * The publish checks without storing anything: lint, the schema against every registered version
   * its mode checks, imports against their subjects' levels, the semantic diff against the latest
   * catalog version.
   *
   * @param expectedId the contract id the caller names (the URL's), or null
   */
  public CheckResult check(String expectedId, ContractSubmission submission) {
    try (ContractWorkspace ws = ContractWorkspace.of(submission, limits)) {
      Linted linted = lint(ws);
      LoadedContract after = linted.contract();
      String id = after.contract().id();
      if (expectedId != null && !expectedId.equals(id)) {
        throw new ContractCatalogException(
            ContractError.INVALID_REQUEST,
            "the document's id is '" + id + "', not '" + expectedId + "' as the path says");
      }
      SchemaPlan plan = SchemaPlan.of(after);
      List<GateFinding> gate = new ArrayList<>(schemas.findings(after, plan));
      Optional<ContractVersion> latest = store.latest(id);
      store
          .head(id)
          .ifPresent(head -> gate.addAll(ContractLifecycle.gateFindings(head, after.file())));
      List<FindingRecord> findings = new ArrayList<>(linted.warnings());
      List<FindingRecord> semantic = semanticAgainst(latest, after, ws, gate);
      List<Integer> registered = history.versions(id);
      if (registered.isEmpty() && latest.isEmpty()) {
        gate.add(
            new GateFinding(
                FindingSeverity.INFO,
                "NEW_CONTRACT",
                after.file(),
                1,
                1,
                "",
                "new contract: the registry has no subject '" + id + "' and no catalog version",
                ""));
      }
      findings.addAll(sorted(gate, ws));
      findings.addAll(semantic);
      return new CheckResult(id, comparedWith(id, after, registered, latest), findings);
    }
  }

  private static String comparedWith(
      String id, LoadedContract after, List<Integer> registered, Optional<ContractVersion> latest) {
    CompatibilityMode mode = after.contract().schema().compatibility();
    String schema;
    if (registered.isEmpty()) {
      schema = "registry subject " + id + " (none registered)";
    } else if (mode.transitive() && registered.size() > 1) {
      schema =
          "registry subject "
              + id
              + " v"
              + registered.get(0)
              + "..v"
              + registered.get(registered.size() - 1)
              + " ("
              + mode
              + ")";
    } else {
      schema =
          "registry subject "
              + id
              + " v"
              + registered.get(registered.size() - 1)
              + " ("
              + mode
              + ")";
    }
    return schema
        + "; "
        + latest.map(v -> "catalog v" + v.versionNo()).orElse("no catalog version");
  }

  // ---------------------------------------------------------------- reading

  /**
   * The latest version of at most {@code limit} contracts, by id, starting after {@code afterId}
   * (null: from the first): one page of the catalog.
   */
  public List<ContractVersion> latestOfEach(String afterId, int limit) {
    return store.latestOfEach(afterId, limit);
  }

  /** Every version of the contract, oldest first; 40401 when there is none. */
  public List<ContractVersion> versions(String id) {
    List<ContractVersion> all = store.versions(id);
    if (all.isEmpty()) {
      throw notFound(id);
    }
    return all;
  }

  /** One version; {@code versionNo} -1 is the latest. 40401 / 40402 when absent. */
  public ContractVersion version(String id, int versionNo) {
    if (versionNo == -1) {
      return store.latest(id).orElseThrow(() -> notFound(id));
    }
    return store
        .version(id, versionNo)
        .orElseThrow(
            () -> {
              if (store.latest(id).isEmpty()) {
                return notFound(id);
              }
              return new ContractCatalogException(
                  ContractError.VERSION_NOT_FOUND,
                  "contract '" + id + "' has no version " + versionNo);
            });
  }

  /**
   * Version {@code to} compared with version {@code from}: schema under {@code to}'s mode,
   * semantics.
   */
  public DiffResult diff(String id, int from, int to) {
    return diff(version(id, from), version(id, to));
  }

  /** The gate's findings between two stored versions of one contract, {@code before} first. */
  public DiffResult diff(ContractVersion before, ContractVersion after) {
    String id = after.contractId();
    String name = ContractWorkspace.contractFileName(after.source());
    try (ContractWorkspace b = CatalogVersions.materialise(before, name);
        ContractWorkspace a = CatalogVersions.materialise(after, name)) {
      LoadedContract old = catalog.load(b, before);
      LoadedContract current = catalog.load(a, after);
      List<GateFinding> findings = checker.compare(old, current);
      Function<Path, String> rel = p -> a.contains(p) ? a.relative(p) : b.relative(p);
      return new DiffResult(
          id,
          before.versionNo(),
          after.versionNo(),
          findings.stream().sorted(GateFinding.ORDER).map(f -> FindingRecord.of(f, rel)).toList());
    }
  }

  // ---------------------------------------------------------------- steps

  private record Linted(LoadedContract contract, List<FindingRecord> warnings) {}

  private Linted lint(ContractWorkspace ws) {
    LoadResult result;
    try {
      result = loader.load(ws.contractFile());
    } catch (IOException e) {
      // the exception names the server's temporary folder: the log may have it, the client not
      throw new ContractCatalogException(
          ContractError.INVALID_FILES,
          "the contract's temporary copy cannot be read",
          List.of(),
          e);
    }
    List<FindingRecord> problems =
        result.problems().stream().map(p -> FindingRecord.of(p, ws::relative)).toList();
    if (result.contract().isEmpty()) {
      long errors = result.problems().stream().filter(Problem::isError).count();
      throw new ContractCatalogException(
          ContractError.INVALID_CONTRACT,
          "the contract has "
              + errors
              + (errors == 1 ? " error" : " errors")
              + "; the problems say where",
          problems,
          null);
    }
    return new Linted(result.contract().get(), problems);
  }

  /** Semantic findings against the latest catalog version; adds nothing for a new contract. */
  private List<FindingRecord> semanticAgainst(
      Optional<ContractVersion> latest,
      LoadedContract after,
      ContractWorkspace ws,
      List<GateFinding> gate) {
    if (latest.isEmpty()) {
      return List.of();
    }
    try (ContractWorkspace b =
        CatalogVersions.materialise(latest.get(), ws.contractFile().getFileName().toString())) {
      LoadedContract before;
      try {
        before = catalog.load(b, latest.get());
      } catch (ContractCatalogException e) {
        gate.add(
            new GateFinding(
                FindingSeverity.WARNING,
                "BASELINE_UNREADABLE",
                after.file(),
                1,
                1,
                "",
                "catalog version "
                    + latest.get().versionNo()
                    + " no longer loads ("
                    + e.getMessage()
                    + "); the semantic diff was skipped",
                ""));
        return List.of();
      }
      Function<Path, String> rel = p -> ws.contains(p) ? ws.relative(p) : b.relative(p);
      return checker.semanticFindings(before, after).stream()
          .sorted(GateFinding.ORDER)
          .map(f -> FindingRecord.of(f, rel))
          .toList();
    }
  }

  private static List<FindingRecord> sorted(List<GateFinding> findings, ContractWorkspace ws) {
    return findings.stream()
        .sorted(GateFinding.ORDER)
        .map(f -> FindingRecord.of(f, ws::relative))
        .toList();
  }

  private static ContractCatalogException notFound(String id) {
    return new ContractCatalogException(
        ContractError.CONTRACT_NOT_FOUND, "contract '" + id + "' not found");
  }
}
