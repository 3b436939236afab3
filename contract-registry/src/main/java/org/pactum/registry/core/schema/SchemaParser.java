package org.pactum.registry.core.schema;

import java.util.List;
import org.pactum.contracts.model.SchemaFormat;

/** Turns schema text (plus already-resolved references) into a {@link ParsedSchema}. */
public interface SchemaParser {

  SchemaFormat format();

  /**
   * Parses {@code text}.
   *
   * @param sourceName the file or subject the text came from; used in error messages and, for
   *     Protobuf, as the file's own import path
   * @param references the schemas {@code text} refers to; for Avro they must be listed
   *     dependencies-first
   * @throws InvalidSchemaException when the text cannot be parsed or linked, or exceeds the limits
   */
  ParsedSchema parse(String sourceName, String text, List<SchemaReference> references);

  default ParsedSchema parse(String text, List<SchemaReference> references) {
    return parse(defaultSourceName(), text, references);
  }

  default ParsedSchema parse(String text) {
    return parse(defaultSourceName(), text, List.of());
  }

  /** The source name used when the caller gives none. */
  String defaultSourceName();
}
