/**
 * The registry's JDBI SqlObject DAOs on schema {@code registry} (schemas, subject versions,
 * settings, contract versions) with their {@code *Row} records, the catalog's {@link
 * org.pactum.registry.db.JdbiContractStore}, and {@link org.pactum.registry.db.JdbiUnitOfWork}, the
 * transaction the JDBI stores join while a contract is published.
 */
package org.pactum.registry.db;
