/**
 * The hand-offs around erasure: the lineage graph as erasure's view of PII copies, and overdue
 * erasure requests adapted to alert signals.
 */
package org.pactum.server.privacy;
