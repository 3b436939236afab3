/**
 * The erasure REST API (JAX-RS): erasure requests, their audit, reconciliation sweeps, their JSON
 * records and the erasure exception mapper. Takes the core's services; never imports db.
 */
package org.pactum.lineage.erasure.api;
