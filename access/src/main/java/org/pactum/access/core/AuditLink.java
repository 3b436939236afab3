package org.pactum.access.core;

import org.pactum.api.audit.AuditEntry;

/**
 * One link of the audit chain: an entry, its place, and the hashes that chain it to the link
 * before.
 */
public record AuditLink(long seq, AuditEntry entry, String prevHash, String hash) {}
