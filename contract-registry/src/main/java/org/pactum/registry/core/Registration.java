package org.pactum.registry.core;

/**
 * What a registration did.
 *
 * @param created false when the subject already held the schema: its id and version are returned
 */
public record Registration(int id, int version, boolean created) {}
