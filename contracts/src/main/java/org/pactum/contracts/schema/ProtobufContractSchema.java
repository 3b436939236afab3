package org.pactum.contracts.schema;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import org.pactum.contracts.model.SchemaFormat;

/**
 * A Protobuf schema: the {@code .proto} file with its imports linked by Wire, and the message that
 * is the contract's row type.
 *
 * @param schema the linked Wire schema (the file, its imports, the well-known types)
 * @param message the contract's message
 */
public record ProtobufContractSchema(
    Path file, String text, Schema schema, MessageType message, List<SchemaField> fields)
    implements LoadedSchema {

  public ProtobufContractSchema {
    fields = List.copyOf(fields);
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormat.PROTOBUF;
  }

  /** The message's fully qualified name ({@code pactum.payments.v1.Payment}). */
  public String messageName() {
    return message.getType().toString();
  }
}
