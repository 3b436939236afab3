/**
 * The audit trail at the edge: every write that reaches the API — accepted or refused, by whom,
 * from where — becomes one {@link org.pactum.api.audit.AuditEntry}, recorded through the {@link
 * org.pactum.api.audit.AuditTrail} port (the access module keeps it, hash-chained). Entries carry a
 * principal's name and role, never a credential, a query string or a request body. {@link
 * org.pactum.api.audit.HashChain} is the hashing and the walk of every audit chain (the write audit
 * and the erasure audit), each link's canonical bytes being its owner's.
 */
package org.pactum.api.audit;
