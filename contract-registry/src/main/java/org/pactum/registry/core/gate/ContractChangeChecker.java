package org.pactum.registry.core.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.CompatibilityNote;
import org.pactum.registry.core.CompatibilityResult;
import org.pactum.registry.core.Incompatibility;
import org.pactum.registry.core.VersionedSchema;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.ParsedSchema;

/**
 * Compares a changed contract with an earlier version of it: the schema under the new contract's
 * compatibility mode (Avro and Protobuf rules), and the contract's guarantees (the semantic diff).
 */
public final class ContractChangeChecker {
  private final SchemaSources schemas;
  private final CompatibilityChecker compatibility;
  private final SemanticDiffer semantic;

  public ContractChangeChecker(
      SchemaSources schemas, CompatibilityChecker compatibility, SemanticDiffer semantic) {
    this.schemas = schemas;
    this.compatibility = compatibility;
    this.semantic = semantic;
  }

  /** Findings for {@code after} compared with {@code before}. */
  public List<GateFinding> compare(LoadedContract before, LoadedContract after) {
    List<GateFinding> findings = new ArrayList<>();
    findings.addAll(schemaFindings(before, after));
    findings.addAll(semantic.diff(before, after));
    return findings;
  }

  /** The semantic diff alone: {@code after}'s guarantees compared with {@code before}'s. */
  public List<GateFinding> semanticFindings(LoadedContract before, LoadedContract after) {
    return semantic.diff(before, after);
  }

  private List<GateFinding> schemaFindings(LoadedContract before, LoadedContract after) {
    ParsedSchema oldSchema;
    try {
      oldSchema = schemas.parse(before.schema());
    } catch (InvalidSchemaException e) {
      return List.of(schemaUnreadable(before, e));
    }
    return schemaFindings(after, List.of(new VersionedSchema(1, oldSchema)), false);
  }

  /**
   * {@code after}'s schema checked under its contract's compatibility mode against a history of
   * schemas (a registry subject's versions, newest first): errors for incompatibilities, notes as
   * {@code INFO}.
   */
  public List<GateFinding> schemaFindings(LoadedContract after, List<VersionedSchema> newestFirst) {
    return schemaFindings(after, newestFirst, true);
  }

  private List<GateFinding> schemaFindings(
      LoadedContract after, List<VersionedSchema> newestFirst, boolean nameVersions) {
    CompatibilityMode mode = after.contract().schema().compatibility();
    ParsedSchema newSchema;
    try {
      newSchema = schemas.parse(after.schema());
    } catch (InvalidSchemaException e) {
      return List.of(schemaUnreadable(after, e));
    }
    CompatibilityResult result = compatibility.check(mode, newSchema, newestFirst);
    List<GateFinding> findings = new ArrayList<>();
    for (Incompatibility i : result.incompatibilities()) {
      findings.add(incompatibility(after, mode, i, nameVersions));
    }
    for (CompatibilityNote n : result.notes()) {
      findings.add(note(after, n));
    }
    return findings;
  }

  private static GateFinding incompatibility(
      LoadedContract after, CompatibilityMode mode, Incompatibility i, boolean nameVersion) {
    Located at = locate(after, i.source());
    String direction =
        i.direction().name().toLowerCase(Locale.ROOT)
            + " ("
            + mode.name()
            + (nameVersion && i.againstVersion() != null
                ? ", against registered version " + i.againstVersion()
                : "")
            + ")";
    return new GateFinding(
        FindingSeverity.ERROR,
        i.type().name(),
        at.file(),
        at.line(),
        at.column(),
        i.fieldPath(),
        "breaks " + direction + " compatibility: " + i.message(),
        i.suggestedFix());
  }

  private static GateFinding note(LoadedContract after, CompatibilityNote n) {
    Located at = locate(after, n.source());
    return new GateFinding(
        FindingSeverity.INFO,
        n.type().name(),
        at.file(),
        at.line(),
        at.column(),
        n.fieldPath(),
        n.message(),
        "");
  }

  private static GateFinding schemaUnreadable(LoadedContract c, InvalidSchemaException e) {
    return new GateFinding(
        FindingSeverity.ERROR,
        "INVALID_SCHEMA",
        c.schema().file(),
        e.line().orElse(1),
        e.column().orElse(1),
        "",
        "the schema cannot be compared: " + e.getMessage(),
        "");
  }

  /**
   * Where a schema finding points: inside the schema file when the engine knows the line
   * (Protobuf), else at the contract's {@code schema.file} line.
   */
  private static Located locate(
      LoadedContract after, org.pactum.registry.core.schema.SourcePosition source) {
    if (source != null && source.line() > 0) {
      Path schemaFile = after.schema().file();
      Path file =
          source.file() == null || schemaFile.getFileName().toString().equals(source.file())
              ? schemaFile
              : schemaFile.resolveSibling(source.file());
      return new Located(file, source.line(), source.column());
    }
    SourcePosition p = after.contract().sourceMap().at("schema.file");
    return new Located(after.file(), p.line(), p.column()); // UNKNOWN (0:0) reads as 1:1
  }

  private record Located(Path file, int line, int column) {}
}
