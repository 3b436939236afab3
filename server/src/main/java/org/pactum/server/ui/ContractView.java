package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.core.DatasetRef;

/** A contract's page, {@code templates/contract.ftlh}: what it promises and how it has kept it. */
public final class ContractView extends View {
  private final ContractRow contract;
  private final String ownerEmail;
  private final String ownerSlack;
  private final Map<String, String> pii;
  private final QualityGrid quality;
  private final DatasetRef lineage;
  private final VersionHistory versions;

  ContractView(ContractRow contract, DataContract model, QualityGrid quality) {
    this(contract, model, quality, null, VersionHistory.empty());
  }

  /**
   * @param lineage the contract's dataset in the lineage graph, or null when the graph lacks it
   * @param versions the contract's catalog versions
   */
  ContractView(
      ContractRow contract,
      DataContract model,
      QualityGrid quality,
      DatasetRef lineage,
      VersionHistory versions) {
    super("/templates/contract.ftlh", StandardCharsets.UTF_8);
    this.contract = contract;
    this.ownerEmail = nullToEmpty(model.owner().email());
    this.ownerSlack = nullToEmpty(model.owner().slack());
    this.pii = new TreeMap<>();
    if (model.pii() != null) {
      model
          .pii()
          .fields()
          .forEach(
              (field, spec) ->
                  pii.put(
                      field,
                      spec.legalBasis() == null
                          ? spec.erasure().yamlName()
                          : spec.erasure().yamlName() + ": " + spec.legalBasis()));
    }
    this.quality = quality;
    this.lineage = lineage;
    this.versions = versions;
  }

  public VersionHistory getVersions() {
    return versions;
  }

  /** Whether the page links to the dataset's lineage. */
  public boolean isHasLineage() {
    return lineage != null;
  }

  public String getLineageNamespace() {
    return lineage == null ? "" : lineage.namespace();
  }

  public String getLineageName() {
    return lineage == null ? "" : lineage.name();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public ContractRow getContract() {
    return contract;
  }

  public String getOwnerEmail() {
    return ownerEmail;
  }

  public String getOwnerSlack() {
    return ownerSlack;
  }

  public Map<String, String> getPii() {
    return pii;
  }

  public QualityGrid getQuality() {
    return quality;
  }

  public List<QualityGrid.RunColumn> getRuns() {
    return quality.runs();
  }
}
