package org.pactum.contracts.model;

/**
 * Where loads of the contract's data land, and where checks run.
 *
 * @param datasource the name of a warehouse datasource configured in the server
 * @param table the table, optionally schema- or catalog-qualified ({@code public.orders})
 * @param loadScope optional SQL predicate that scopes a run to one load (e.g. {@code loaded_at >=
 *     :since}); null when checks scan the whole table
 */
public record Dataset(String datasource, String table, String loadScope) {}
