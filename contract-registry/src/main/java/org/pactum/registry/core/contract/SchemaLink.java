package org.pactum.registry.core.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a contract version's schema is in the schema registry. */
public record SchemaLink(
    @JsonProperty("subject") String subject,
    @JsonProperty("id") int id,
    @JsonProperty("version") int version) {}
