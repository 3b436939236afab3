/**
 * Running erasure's statements on the warehouses: datasources by name, connections, transactions,
 * binding, the statement timeout, and failures as {@link
 * org.pactum.lineage.erasure.warehouse.WarehouseFailure}s, classified by SQLState into the {@link
 * org.pactum.warehouse.FailureKind} the check engine uses too. The only JDBC in erasure besides
 * Pactum's own store ({@code erasure.db}). The statements themselves are written by {@code
 * erasure.core}, which decides what to run and whether to retry; this package knows nothing of
 * plans.
 */
package org.pactum.lineage.erasure.warehouse;
