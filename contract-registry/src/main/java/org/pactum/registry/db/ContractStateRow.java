package org.pactum.registry.db;

import java.time.OffsetDateTime;

/** A row of {@code registry.contract}. */
public record ContractStateRow(
    String contractId, String managedBy, String declaredIn, OffsetDateTime retiredAt) {}
