/**
 * Loading a contract's schema file: the Avro and Protobuf loaders, the flattened field view, and
 * the {@link org.pactum.contracts.schema.ContractRoot} every file a contract names must lie in (no
 * absolute paths, no {@code ..}, no symbolic links; Wire reads through a confined file system).
 */
package org.pactum.contracts.schema;
