package org.pactum.registry.core.protobuf;

import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.SourcePosition;

/**
 * One typed difference between an existing Protobuf schema and a new one, described as a change
 * from the existing to the new, with whether it breaks each direction.
 *
 * @param location {@code #/Message/Nested/tag} (or {@code #/Message/oneofName}, {@code #/Enum/n})
 * @param fieldPath dotted names, e.g. {@code Payment.Card.number}
 * @param source where the element is declared in the new schema (or its nearest surviving parent)
 */
public record ProtobufChange(
    IncompatibilityType type,
    String location,
    String fieldPath,
    String message,
    String suggestedFix,
    String detail,
    boolean breaksBackward,
    boolean breaksForward,
    SourcePosition source) {

  public boolean breaks(Direction direction) {
    return direction == Direction.BACKWARD ? breaksBackward : breaksForward;
  }
}
