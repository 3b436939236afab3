package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pactum.registry.core.contract.ContractVersion;

/**
 * One catalog version of a contract, {@code templates/contract-version.ftlh}: what was published,
 * when and by what, the findings publishing recorded against the version before, and the contract
 * and schema files as they were stored.
 */
public final class ContractVersionView extends View {
  private final String contractId;
  private final VersionRow version;
  private final String description;
  private final String ownerTeam;
  private final String schemaFormat;
  private final String compatibility;
  private final String schemaSubject;
  private final List<FindingRow> findings;
  private final List<SourceFile> files;
  private final int previous;
  private final int next;

  /**
   * @param previous the version before, or 0
   * @param next the version after, or 0
   */
  ContractVersionView(ContractVersion v, int previous, int next) {
    super("/templates/contract-version.ftlh", StandardCharsets.UTF_8);
    this.contractId = v.contractId();
    this.version = VersionRow.of(v, previous);
    this.description = v.description() == null ? "" : v.description();
    this.ownerTeam = v.ownerTeam() == null ? "" : v.ownerTeam();
    this.schemaFormat = v.schemaFormat() == null ? "" : v.schemaFormat();
    this.compatibility = v.compatibility() == null ? "" : v.compatibility();
    this.schemaSubject =
        v.schemaLink()
            .map(s -> s.subject() + " v" + s.version() + " (schema id " + s.id() + ")")
            .orElse("");
    this.findings = v.findings().stream().map(FindingRow::of).toList();
    this.files = files(v);
    this.previous = previous;
    this.next = next;
  }

  /** The contract YAML, then every schema file; old versions kept only their schema text. */
  static List<SourceFile> files(ContractVersion v) {
    List<SourceFile> out = new ArrayList<>();
    out.add(new SourceFile(contractFileName(v.source()), nullToEmpty(v.contractYaml())));
    if (!v.files().isEmpty()) {
      v.files().forEach((name, text) -> out.add(new SourceFile(name, nullToEmpty(text))));
    } else if (v.schemaText() != null) {
      out.add(new SourceFile(v.schemaFile() == null ? "schema" : v.schemaFile(), v.schemaText()));
    }
    return List.copyOf(out);
  }

  /** The file name a source names ({@code api orders/x.contract.yaml}, a path), or a default. */
  private static String contractFileName(String source) {
    String s = source == null ? "" : source.trim();
    if (s.equals("api") || s.isEmpty()) {
      return "contract.yaml";
    }
    if (s.startsWith("api ")) {
      s = s.substring(4).trim();
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return slash >= 0 ? s.substring(slash + 1) : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public String getContractId() {
    return contractId;
  }

  public VersionRow getVersion() {
    return version;
  }

  public String getDescription() {
    return description;
  }

  public String getOwnerTeam() {
    return ownerTeam;
  }

  public String getSchemaFormat() {
    return schemaFormat;
  }

  public String getCompatibility() {
    return compatibility;
  }

  public String getSchemaSubject() {
    return schemaSubject;
  }

  public List<FindingRow> getFindings() {
    return findings;
  }

  public List<SourceFile> getFiles() {
    return files;
  }

  public int getPrevious() {
    return previous;
  }

  public int getNext() {
    return next;
  }
}
