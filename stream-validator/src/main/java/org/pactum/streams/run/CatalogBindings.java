package org.pactum.streams.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pactum.registry.core.contract.CatalogContract;
import org.pactum.registry.core.contract.CurrentCatalog;
import org.pactum.streams.core.Binding;

/**
 * The bindings to validate, read from the one catalog each time: every contract in force (active or
 * deprecated) that declares a {@code kafka:} section, or that config binds (config wins, for
 * contracts owned elsewhere), at its latest catalog version — or, when this process was given a
 * list of contracts, only those. Drafts and retired contracts are not validated.
 */
public final class CatalogBindings implements Supplier<List<BoundStream>> {
  private final CurrentCatalog catalog;
  private final Map<String, Binding> configured;
  private final Set<String> only;

  /**
   * @param configured bindings given in config, by contract id
   * @param only the contracts this process validates; empty: every bound contract
   */
  public CatalogBindings(
      CurrentCatalog catalog, Map<String, Binding> configured, Set<String> only) {
    this.catalog = catalog;
    this.configured = Map.copyOf(configured);
    this.only = Set.copyOf(only);
  }

  @Override
  public List<BoundStream> get() {
    List<BoundStream> out = new ArrayList<>();
    for (CatalogContract c : catalog.checked()) {
      if (!only.isEmpty() && !only.contains(c.id())) {
        continue;
      }
      Optional<Binding> binding =
          Optional.ofNullable(configured.get(c.id())).or(() -> Binding.of(c.loaded().contract()));
      binding.ifPresent(
          b -> out.add(new BoundStream(b, c.loaded().contract(), c.version().versionNo())));
    }
    return out;
  }
}
