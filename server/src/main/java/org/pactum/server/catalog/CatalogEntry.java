package org.pactum.server.catalog;

import org.pactum.contracts.LoadedContract;

/** A contract loaded from the contracts folders, with the catalog version holding its content. */
public record CatalogEntry(LoadedContract loaded, int catalogVersion) {}
