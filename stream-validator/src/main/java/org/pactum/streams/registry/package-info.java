/**
 * The {@link org.pactum.streams.core.schema.SchemaSource} over Pactum's own registry in the same
 * process: schemas by id from {@link org.pactum.registry.core.SchemaRegistry}, whose cache drops an
 * id deleted for good, so the validator is never stale and keeps no cache of its own.
 */
package org.pactum.streams.registry;
