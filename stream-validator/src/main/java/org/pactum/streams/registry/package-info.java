/**
 * The {@link org.pactum.streams.core.schema.SchemaSource} adapters: {@link
 * org.pactum.streams.registry.RegistrySchemaSource} over Pactum's own registry in the same process
 * (schemas by id from {@link org.pactum.registry.core.SchemaRegistry}, whose cache drops an id
 * deleted for good, so the validator is never stale and keeps no cache of its own), and {@link
 * org.pactum.streams.registry.RemoteSchemaSource} over a remote server's registry API, for a
 * validator running standalone.
 */
package org.pactum.streams.registry;
