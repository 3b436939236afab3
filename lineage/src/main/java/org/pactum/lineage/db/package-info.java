/**
 * JDBI SqlObject DAOs of schema lineage, their row records and mappers, and JdbiLineageStore, the
 * LineageStore on them.
 */
package org.pactum.lineage.db;
