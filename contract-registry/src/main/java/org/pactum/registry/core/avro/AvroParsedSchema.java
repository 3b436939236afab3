package org.pactum.registry.core.avro;

import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * A parsed Avro schema, with the named types its references defined.
 *
 * <p>The canonical form is Avro's full JSON rendering (names, types, defaults, docs, aliases,
 * order, logical types and custom properties, named types from references written by name) with
 * every JSON object's keys sorted and no whitespace. Unlike Avro's Parsing Canonical Form it keeps
 * defaults and docs, so two schemas that differ in a default are different registry schemas, while
 * whitespace and key order never matter.
 */
public final class AvroParsedSchema implements ParsedSchema {

  private final Schema schema;
  private final List<Schema> referencedSchemas;
  private final String text;
  private final List<SchemaReference> references;
  private final String canonicalForm;

  AvroParsedSchema(
      Schema schema,
      List<Schema> referencedSchemas,
      String text,
      List<SchemaReference> references,
      String canonicalForm) {
    this.schema = Objects.requireNonNull(schema);
    this.referencedSchemas = List.copyOf(referencedSchemas);
    this.text = text;
    this.references = List.copyOf(references);
    this.canonicalForm = canonicalForm;
  }

  /** The Avro schema (Avro's {@link Schema} is effectively immutable once parsed). */
  public Schema schema() {
    return schema;
  }

  /** The top-level schemas defined by the references, in reference order. */
  public List<Schema> referencedSchemas() {
    return referencedSchemas;
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormat.AVRO;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public List<SchemaReference> references() {
    return references;
  }

  @Override
  public String canonicalForm() {
    return canonicalForm;
  }

  @Override
  public String displayName() {
    return schema.getFullName();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AvroParsedSchema other && canonicalForm.equals(other.canonicalForm);
  }

  @Override
  public int hashCode() {
    return canonicalForm.hashCode();
  }

  @Override
  public String toString() {
    return canonicalForm;
  }
}
