package org.pactum.registry.core.schema;

import java.util.List;
import org.pactum.contracts.model.SchemaFormat;

/** A schema that parsed and linked, with the texts it came from. Immutable. */
public interface ParsedSchema {

  SchemaFormat format();

  /** The schema text as submitted. */
  String text();

  /** The references the text was parsed with, in the order given. */
  List<SchemaReference> references();

  /**
   * A normal form for registry identity: two texts that differ only in whitespace, JSON key order
   * or formatting give the same canonical form; texts that differ in anything a reader can observe
   * (names, types, defaults, docs, custom properties, options) do not.
   */
  String canonicalForm();

  /** A short human name for messages: the Avro full name, or the first Protobuf message. */
  String displayName();
}
