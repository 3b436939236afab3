package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.List;
import java.util.Objects;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * A parsed and linked Protobuf file with its imports. The canonical form is Wire's normalised
 * rendering of the file ({@code ProtoFileElement.toSchema()}) without Wire's header comment: one
 * layout for any spelling of the same declarations, while comments, options and declaration order
 * stay significant.
 */
public final class ProtobufParsedSchema implements ParsedSchema {

  private final Schema schema;
  private final ProtoFile file;
  private final String text;
  private final List<SchemaReference> references;
  private final String canonicalForm;

  ProtobufParsedSchema(
      Schema schema,
      ProtoFile file,
      String text,
      List<SchemaReference> references,
      String canonicalForm) {
    this.schema = Objects.requireNonNull(schema);
    this.file = Objects.requireNonNull(file);
    this.text = text;
    this.references = List.copyOf(references);
    this.canonicalForm = canonicalForm;
  }

  /** Wire's linked schema: this file, its imports and the well-known types it uses. */
  public Schema schema() {
    return schema;
  }

  /** This file (the subject's schema) as linked by Wire. */
  public ProtoFile file() {
    return file;
  }

  /** The file's import path (the source name it was parsed under). */
  public String path() {
    return file.getLocation().getPath();
  }

  /** The package, or the empty string. */
  public String packageName() {
    return file.getPackageName() == null ? "" : file.getPackageName();
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormat.PROTOBUF;
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

  /** The first message's fully-qualified name (the record type by Confluent's convention). */
  @Override
  public String displayName() {
    for (Type type : file.getTypes()) {
      if (type instanceof MessageType) {
        return type.getType().toString();
      }
    }
    return path();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProtobufParsedSchema other
        && canonicalForm.equals(other.canonicalForm)
        && references.equals(other.references);
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
