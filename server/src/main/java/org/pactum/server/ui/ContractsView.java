package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.pactum.registry.core.contract.CatalogContract;
import org.pactum.server.catalog.CatalogProblem;
import org.pactum.server.catalog.FolderLoad;

/** The contract list page, {@code templates/contracts.ftlh}. */
public final class ContractsView extends View {
  private final List<ContractRow> contracts;
  private final List<CatalogProblem> problems;
  private final List<String> sources;
  private final Map<String, String> latestRuns;

  /**
   * @param latestRuns each contract's latest run state ({@code PASS}, {@code FAIL}...), by id;
   *     contracts never run are absent
   */
  public ContractsView(
      List<CatalogContract> catalog, FolderLoad folders, Map<String, String> latestRuns) {
    super("/templates/contracts.ftlh", StandardCharsets.UTF_8);
    this.contracts = catalog.stream().map(ContractRow::of).toList();
    this.problems = folders.problems();
    this.sources = folders.sources().stream().map(Object::toString).toList();
    this.latestRuns = Map.copyOf(latestRuns);
  }

  public Map<String, String> getLatestRuns() {
    return latestRuns;
  }

  public List<ContractRow> getContracts() {
    return contracts;
  }

  public List<CatalogProblem> getProblems() {
    return problems;
  }

  public List<String> getSources() {
    return sources;
  }
}
