/**
 * Running erasure's statements on the warehouses: datasources by name, connections, transactions,
 * binding, the statement timeout, and the classification of failures by SQLState ({@link
 * org.pactum.lineage.erasure.warehouse.FailureKind}). The statements themselves are written by
 * {@code erasure.core}, which decides what to run and whether to retry; this package knows nothing
 * of plans.
 */
package org.pactum.lineage.erasure.warehouse;
