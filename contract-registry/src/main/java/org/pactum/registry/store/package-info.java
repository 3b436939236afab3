/**
 * The JDBI implementation of the registry's RegistryStore (schemas, subject versions, settings).
 */
package org.pactum.registry.store;
