package org.pactum.server.catalog;

/**
 * A problem found loading the contracts folders.
 *
 * @param location {@code file:line:col}, or the folder that could not be read
 */
public record CatalogProblem(String severity, String location, String message) {}
