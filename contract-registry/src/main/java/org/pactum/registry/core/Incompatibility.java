package org.pactum.registry.core;

import java.util.Objects;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.SourcePosition;

/**
 * One reason the new schema is not compatible with an existing version.
 *
 * @param type what kind of difference
 * @param location a JSON pointer into the schema: for Avro into the reader schema's JSON ({@code
 *     /fields/3/type}), for Protobuf {@code #/Message/Nested/tag}
 * @param fieldPath the dotted path of the field or type concerned ({@code Order.coupon})
 * @param message what is wrong, in plain language
 * @param suggestedFix what to change so the check passes
 * @param detail the engine's raw detail (Avro's message such as the field name or missing symbols;
 *     Protobuf's old and new declarations), for Confluent's {@code additionalInfo}
 * @param againstVersion the existing version this was found against, or null when unversioned
 * @param direction which reader/writer pairing failed
 * @param source where the element is declared in the new schema's text (Protobuf; null for Avro)
 */
public record Incompatibility(
    IncompatibilityType type,
    String location,
    String fieldPath,
    String message,
    String suggestedFix,
    String detail,
    Integer againstVersion,
    Direction direction,
    SourcePosition source) {

  public Incompatibility {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fieldPath, "fieldPath");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestedFix, "suggestedFix");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * The one-line form Confluent Schema Registry prints in verbose compatibility responses, e.g.
   * {@code {errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'…', additionalInfo:'…'}}.
   */
  public String toConfluentString() {
    return "{errorType:'"
        + type
        + "', description:'"
        + message
        + "', additionalInfo:'"
        + detail
        + "'}";
  }

  /** {@code location fieldPath: message} — a compact line for logs and the CLI. */
  @Override
  public String toString() {
    return type + " " + location + " (" + fieldPath + "): " + message;
  }
}
