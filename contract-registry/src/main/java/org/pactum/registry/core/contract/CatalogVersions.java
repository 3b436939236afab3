package org.pactum.registry.core.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.contracts.problem.Problem;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.gate.SchemaSources;

/**
 * Converts between a loaded contract and what the catalog stores: the document a new version
 * stores, and a stored version written out to files and loaded again to be compared.
 */
final class CatalogVersions {

  private final ContractLoader loader;

  CatalogVersions(ContractLoader loader) {
    this.loader = loader;
  }

  /** The document a new catalog version stores: the contract, its schema and imported files. */
  static ContractDocument document(LoadedContract loaded, ContractWorkspace ws, String source) {
    DataContract c = loaded.contract();
    String schemaFile = ws.relative(loaded.schema().file());
    TreeMap<String, String> files = new TreeMap<>();
    files.put(schemaFile, loaded.schema().text());
    for (var ref : SchemaSources.references(loaded.schema())) {
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
  static ContractWorkspace materialise(ContractVersion v, String name) {
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

  /** A stored version loaded again; 42201 when it no longer loads. */
  LoadedContract load(ContractWorkspace ws, ContractVersion v) {
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
}
