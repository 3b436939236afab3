package org.pactum.registry.core;

/**
 * What publishing a contract document did.
 *
 * @param versionNo the catalog version now holding that content
 * @param created false when the content equalled the latest version's, so no version was made
 */
public record PublishOutcome(String contractId, int versionNo, boolean created) {}
