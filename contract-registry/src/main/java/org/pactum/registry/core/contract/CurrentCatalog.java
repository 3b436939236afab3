package org.pactum.registry.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadedContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one catalog every consumer reads — check runs and schedules, alert routing, erasure planning,
 * lineage, the UI: each contract's latest version as the registry stores it, whoever published it
 * (the contract API or a contracts folder).
 *
 * <p>Every call reads the contracts' heads from the store, so it is never stale, also when another
 * instance published; a version's document is parsed once and kept while it is the latest.
 * Thread-safe.
 */
public final class CurrentCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(CurrentCatalog.class);

  private final ContractStore store;
  private final CatalogVersions versions;
  private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

  /** A version's document as parsed, or why it would not load, by content hash. */
  private record Loaded(String sha, ContractVersion version, LoadedContract contract) {}

  public CurrentCatalog(ContractStore store, ContractLoader loader) {
    this.store = store;
    this.versions = new CatalogVersions(loader);
  }

  /** Every contract, whatever its status, by id. A version that no longer loads is left out. */
  public List<CatalogContract> all() {
    List<CatalogHead> heads = store.heads();
    List<CatalogContract> out = new ArrayList<>(heads.size());
    for (CatalogHead head : heads) {
      load(head).ifPresent(out::add);
    }
    // forget contracts deleted since: their ids are no longer among the heads
    cache
        .keySet()
        .retainAll(heads.stream().map(CatalogHead::contractId).collect(Collectors.toSet()));
    return out;
  }

  /** Every contract's id, whatever its status, without reading any document. */
  public Set<String> ids() {
    return store.heads().stream().map(CatalogHead::contractId).collect(Collectors.toSet());
  }

  /** The contracts whose loads are checked: active and deprecated ones. */
  public List<CatalogContract> checked() {
    return all().stream().filter(CatalogContract::checked).toList();
  }

  /** One contract, whatever its status; empty when unknown (or its version no longer loads). */
  public Optional<CatalogContract> find(String contractId) {
    return store.head(contractId).flatMap(this::load);
  }

  private Optional<CatalogContract> load(CatalogHead head) {
    Loaded cached = cache.get(head.contractId());
    if (cached == null
        || !cached.sha().equals(head.contentSha256())
        || cached.version().versionNo() != head.latestVersion()) {
      Optional<ContractVersion> stored = store.version(head.contractId(), head.latestVersion());
      if (stored.isEmpty()) {
        return Optional.empty(); // deleted since the heads were read
      }
      cached = new Loaded(head.contentSha256(), stored.get(), parse(stored.get()));
      cache.put(head.contractId(), cached);
    }
    if (cached.contract() == null) {
      return Optional.empty();
    }
    return Optional.of(new CatalogContract(head, cached.version(), cached.contract()));
  }

  private LoadedContract parse(ContractVersion v) {
    String name = ContractWorkspace.contractFileName(v.source());
    try (ContractWorkspace ws = CatalogVersions.materialise(v, name)) {
      return versions.load(ws, v);
    } catch (ContractCatalogException e) {
      LOG.atWarn()
          .addKeyValue("event", "catalog_version_unloadable")
          .addKeyValue("contract", v.contractId())
          .addKeyValue("catalog_version", v.versionNo())
          .addKeyValue("reason", e.getMessage())
          .log("a catalog version no longer loads; consumers skip the contract");
      return null;
    }
  }
}
