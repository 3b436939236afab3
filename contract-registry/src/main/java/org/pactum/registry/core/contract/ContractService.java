package org.pactum.registry.core.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.Problem;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.registry.core.CompatibilityVerdict;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.IncompatibleSchemaException;
import org.pactum.registry.core.PublishOutcome;
import org.pactum.registry.core.RegisteredReference;
import org.pactum.registry.core.Registration;
import org.pactum.registry.core.RegistryException;
import org.pactum.registry.core.RegistryStoreException;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.registry.core.SubjectConfigNotFoundException;
import org.pactum.registry.core.VersionedSchema;
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
 * <p>Thread-safe; publishers of one contract serialise on its catalog row, and a publisher that
 * compared with a version another publisher has since superseded compares again.
 */
public final class ContractService {
  private static final int PUBLISH_ATTEMPTS = 3;

  private final ContractLoader loader;
  private final SchemaRegistry registry;
  private final RegisteredHistory history;
  private final ContractChangeChecker checker;
  private final ContractStore store;
  private final SubmissionLimits limits;

  public ContractService(
      ContractLoader loader,
      SchemaRegistry registry,
      org.pactum.registry.core.SchemaParsers parsers,
      ContractChangeChecker checker,
      ContractStore store,
      SubmissionLimits limits) {
    this.loader = loader;
    this.registry = registry;
    this.history = new RegisteredHistory(registry, parsers);
    this.checker = checker;
    this.store = store;
    this.limits = limits;
  }

  // ---------------------------------------------------------------- publish and check

  /**
   * Publishes a contract.
   *
   * @param source recorded with a new version: {@code api}, or the contract file's path
   * @throws ContractCatalogException 42201 (lint errors), 42202 (files), 40901 (schema
   *     incompatible: nothing stored), 42204 (the registry refused), 40902 (lost the race thrice)
   */
  public PublishResult publish(ContractSubmission submission, String source) {
    try (ContractWorkspace ws = ContractWorkspace.of(submission, limits)) {
      Linted linted = lint(ws);
      LoadedContract after = linted.contract();
      String id = after.contract().id();
      SchemaPlan plan = SchemaPlan.of(after);
      List<GateFinding> schema = schemaFindings(after, plan);
      if (schema.stream().anyMatch(GateFinding::isError)) {
        throw incompatible(id, sorted(schema, ws));
      }
      ContractDocument document = document(after, ws, source);
      SchemaLink link = register(plan, after, ws);
      for (int attempt = 1; attempt <= PUBLISH_ATTEMPTS; attempt++) {
        Optional<ContractVersion> latest = store.latest(id);
        if (latest.isPresent() && latest.get().contentSha256().equals(document.contentSha256())) {
          ContractVersion same = latest.get();
          return new PublishResult(id, same.versionNo(), false, link, same.findings());
        }
        List<FindingRecord> findings = new ArrayList<>(linted.warnings());
        List<GateFinding> gate = new ArrayList<>(schema);
        List<FindingRecord> semantic = semanticAgainst(latest, after, ws, gate);
        findings.addAll(sorted(gate, ws));
        findings.addAll(semantic);
        Optional<PublishOutcome> outcome =
            store.publish(
                document, link, findings, latest.map(ContractVersion::versionNo).orElse(0));
        if (outcome.isPresent()) {
          PublishOutcome o = outcome.get();
          List<FindingRecord> stored =
              o.created()
                  ? findings
                  : store
                      .version(id, o.versionNo())
                      .map(ContractVersion::findings)
                      .orElse(findings);
          return new PublishResult(id, o.versionNo(), o.created(), link, stored);
        }
      }
      throw new ContractCatalogException(
          ContractError.CONCURRENT_PUBLISH,
          "contract '" + id + "' kept changing while it was published; publish again");
    }
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
      List<GateFinding> gate = new ArrayList<>(schemaFindings(after, plan));
      Optional<ContractVersion> latest = store.latest(id);
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

  /** The latest version of every contract, by id. */
  public List<ContractVersion> latestOfEach() {
    return store.latestOfEach();
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
    ContractVersion before = version(id, from);
    ContractVersion after = version(id, to);
    String name = ContractWorkspace.contractFileName(after.source());
    try (ContractWorkspace b = materialise(before, name);
        ContractWorkspace a = materialise(after, name)) {
      LoadedContract old = loadStored(b, before);
      LoadedContract current = loadStored(a, after);
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
      throw new ContractCatalogException(
          ContractError.INVALID_FILES, "the contract cannot be read: " + e.getMessage());
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

  /** The main schema against its subject's history, and imports against their subjects' levels. */
  private List<GateFinding> schemaFindings(LoadedContract after, SchemaPlan plan) {
    CompatibilityMode mode = after.contract().schema().compatibility();
    List<VersionedSchema> against = history.against(plan.subject(), mode);
    List<GateFinding> findings = new ArrayList<>(checker.schemaFindings(after, against));
    Path folder = after.file().getParent();
    for (SchemaPlan.ImportFile f : plan.imports()) {
      if (history.versions(f.path()).isEmpty()) {
        continue;
      }
      List<RegisteredReference> refs = new ArrayList<>();
      for (String i : f.imports()) {
        refs.add(new RegisteredReference(i, i, -1));
      }
      CompatibilityVerdict verdict;
      try {
        verdict =
            registry.checkCompatibility(
                f.path(),
                Optional.empty(),
                new SchemaSubmission(f.text(), "PROTOBUF", refs, null, null));
      } catch (RegistryException e) {
        continue; // a nested import not registered yet: the file is new in effect
      }
      if (!verdict.compatible()) {
        findings.add(
            new GateFinding(
                FindingSeverity.ERROR,
                "IMPORT_INCOMPATIBLE",
                folder.resolve(f.path()),
                1,
                1,
                f.path(),
                "the imported file breaks the compatibility level ("
                    + registry.effectiveCompatibility(f.path())
                    + ") of registry subject '"
                    + f.path()
                    + "': "
                    + String.join(" ", verdict.messages()),
                "keep the shared file compatible, or import a new file (a new subject) instead"));
      }
    }
    return findings;
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
        materialise(latest.get(), ws.contractFile().getFileName().toString())) {
      LoadedContract before;
      try {
        before = loadStored(b, latest.get());
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

  private SchemaLink register(SchemaPlan plan, LoadedContract after, ContractWorkspace ws) {
    Path schemaFile = after.schema().file();
    try {
      Map<String, Integer> versions = new HashMap<>();
      for (SchemaPlan.ImportFile f : plan.imports()) {
        Registration r =
            registry.register(
                f.path(),
                new SchemaSubmission(
                    f.text(), "PROTOBUF", references(f.imports(), versions), null, null));
        versions.put(f.path(), r.version());
      }
      CompatibilityMode mode = after.contract().schema().compatibility();
      if (!ownLevel(plan.subject()).equals(Optional.of(mode))) {
        registry.setSubjectCompatibility(plan.subject(), mode.name());
      }
      Registration r =
          registry.register(
              plan.subject(),
              new SchemaSubmission(
                  plan.text(),
                  plan.format().name(),
                  references(plan.mainImports(), versions),
                  null,
                  null));
      return new SchemaLink(plan.subject(), r.id(), r.version());
    } catch (IncompatibleSchemaException e) {
      // another publisher registered a version in between: the registry's own check refused
      GateFinding f =
          new GateFinding(
              FindingSeverity.ERROR,
              "INCOMPATIBLE_SCHEMA",
              schemaFile,
              1,
              1,
              "",
              e.getMessage(),
              "check again against the registry and make the schema compatible");
      throw incompatible(plan.subject(), List.of(FindingRecord.of(f, ws::relative)));
    } catch (RegistryStoreException e) {
      throw e;
    } catch (RegistryException e) {
      throw new ContractCatalogException(
          ContractError.REGISTRY_REFUSED,
          "the schema registry refused the schema (error "
              + e.errorCode()
              + "): "
              + e.getMessage());
    }
  }

  private Optional<CompatibilityMode> ownLevel(String subject) {
    try {
      return Optional.of(registry.subjectCompatibility(subject, false));
    } catch (SubjectConfigNotFoundException e) {
      return Optional.empty();
    }
  }

  private static List<RegisteredReference> references(
      List<String> imports, Map<String, Integer> versions) {
    List<RegisteredReference> refs = new ArrayList<>();
    for (String i : imports) {
      refs.add(new RegisteredReference(i, i, versions.getOrDefault(i, -1)));
    }
    return refs;
  }

  // ---------------------------------------------------------------- helpers

  private ContractDocument document(LoadedContract loaded, ContractWorkspace ws, String source) {
    DataContract c = loaded.contract();
    String schemaFile = ws.relative(loaded.schema().file());
    TreeMap<String, String> files = new TreeMap<>();
    files.put(schemaFile, loaded.schema().text());
    for (var ref : org.pactum.registry.core.gate.SchemaSources.references(loaded.schema())) {
      files.putIfAbsent(ref.name(), ref.text());
    }
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
        source,
        schemaFile,
        files);
  }

  /** A stored version written out again; versions from before files were kept get their schema. */
  private static ContractWorkspace materialise(ContractVersion v, String name) {
    Map<String, String> files = v.files();
    if (files.isEmpty()) {
      String schemaFile = v.schemaFile();
      if (schemaFile == null) {
        schemaFile =
            new ContractParser()
                .parse(Path.of(name), v.contractYaml())
                .contract()
                .map(c -> c.schema() == null ? null : c.schema().file())
                .orElse(null);
      }
      files = Map.of();
      if (schemaFile != null) {
        try {
          ContractWorkspace.requireRelative(schemaFile);
          files = Map.of(schemaFile, v.schemaText());
        } catch (ContractCatalogException e) {
          files = Map.of(); // it will not load; the caller says so
        }
      }
    }
    return ContractWorkspace.of(name, v.contractYaml(), files);
  }

  private LoadedContract loadStored(ContractWorkspace ws, ContractVersion v) {
    LoadResult result;
    try {
      result = loader.load(ws.contractFile());
    } catch (IOException e) {
      throw new ContractCatalogException(
          ContractError.INTERNAL, "version " + v.versionNo() + " cannot be read back");
    }
    return result
        .contract()
        .orElseThrow(
            () ->
                new ContractCatalogException(
                    ContractError.INVALID_CONTRACT,
                    "version "
                        + v.versionNo()
                        + " of '"
                        + v.contractId()
                        + "' does not load any more: "
                        + result.problems().stream()
                            .filter(Problem::isError)
                            .findFirst()
                            .map(p -> p.code() + " " + p.message())
                            .orElse("unknown problem"),
                    result.problems().stream().map(p -> FindingRecord.of(p, ws::relative)).toList(),
                    null));
  }

  private static List<FindingRecord> sorted(List<GateFinding> findings, ContractWorkspace ws) {
    return findings.stream()
        .sorted(GateFinding.ORDER)
        .map(f -> FindingRecord.of(f, ws::relative))
        .toList();
  }

  private static ContractCatalogException incompatible(String id, List<FindingRecord> findings) {
    long errors = findings.stream().filter(FindingRecord::isError).count();
    return new ContractCatalogException(
        ContractError.INCOMPATIBLE_SCHEMA,
        "the schema of '"
            + id
            + "' is incompatible with its registered versions ("
            + errors
            + (errors == 1 ? " incompatibility" : " incompatibilities")
            + "); nothing was published",
        findings,
        null);
  }

  private static ContractCatalogException notFound(String id) {
    return new ContractCatalogException(
        ContractError.CONTRACT_NOT_FOUND, "contract '" + id + "' not found");
  }
}
