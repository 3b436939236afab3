package org.pactum.registry.core.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.CompatibilityVerdict;
import org.pactum.registry.core.IncompatibleSchemaException;
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
 * The schema registry's side of publishing a contract: checking its main schema against the
 * subject's history and its imported files against their own subjects' levels, then registering the
 * imports and the main schema under the contract's compatibility mode.
 */
final class ContractSchemas {

  private final SchemaRegistry registry;
  private final RegisteredHistory history;
  private final ContractChangeChecker checker;

  ContractSchemas(
      SchemaRegistry registry, RegisteredHistory history, ContractChangeChecker checker) {
    this.registry = registry;
    this.history = history;
    this.checker = checker;
  }

  /** The main schema against its subject's history, and imports against their subjects' levels. */
  List<GateFinding> findings(LoadedContract after, SchemaPlan plan) {
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

  SchemaLink register(SchemaPlan plan, LoadedContract after, ContractWorkspace ws) {
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

  /** The 40901 refusal: the schema breaks its subject's mode, so nothing was published. */
  static ContractCatalogException incompatible(String id, List<FindingRecord> findings) {
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
}
