package org.pactum.api.input;

/**
 * The largest request bodies, counted after decompression.
 *
 * @param maxBodyBytes on most APIs
 * @param maxSchemaBodyBytes on the registry's paths and {@code /api/v1/contracts}, which carry
 *     schemas and contracts
 */
public record BodyLimits(long maxBodyBytes, long maxSchemaBodyBytes) {}
