package org.pactum.contracts.model;

/**
 * The schema the contract governs.
 *
 * @param format Avro or Protobuf
 * @param file schema file path, relative to the contract file's folder
 * @param message fully qualified (or unambiguous simple) message name for Protobuf; null for Avro
 * @param compatibility the registry compatibility mode; {@link CompatibilityMode#BACKWARD} when the
 *     contract does not say
 */
public record SchemaSpec(
    SchemaFormat format, String file, String message, CompatibilityMode compatibility) {

  public static final CompatibilityMode DEFAULT_COMPATIBILITY = CompatibilityMode.BACKWARD;

  public SchemaSpec {
    if (compatibility == null) {
      compatibility = DEFAULT_COMPATIBILITY;
    }
  }
}
