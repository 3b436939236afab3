package org.pactum.registry.core.protobuf;

import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.CompatibilityRules;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.Finding;
import org.pactum.registry.core.schema.ParsedSchema;

/**
 * Protobuf compatibility as a typed diff over Wire's linked schemas ({@link ProtobufDiff}): fields
 * are matched by tag number, and each change type breaks BACKWARD, FORWARD, both or neither as in
 * the table in contract-registry/README.md. Changes that break neither direction become notes.
 */
public final class ProtobufCompatibilityRules implements CompatibilityRules {

  @Override
  public SchemaFormat format() {
    return SchemaFormat.PROTOBUF;
  }

  @Override
  public List<Finding> compare(
      ParsedSchema existing, ParsedSchema candidate, Integer version, Direction direction) {
    List<ProtobufChange> changes =
        diff((ProtobufParsedSchema) existing, (ProtobufParsedSchema) candidate, version);
    List<Finding> findings = new ArrayList<>(changes.size());
    for (ProtobufChange c : changes) {
      findings.add(
          new Finding(
              c.type(),
              c.location(),
              c.fieldPath(),
              c.message(),
              c.suggestedFix(),
              c.detail(),
              c.breaks(direction),
              c.source()));
    }
    return findings;
  }

  /** Every change from {@code existing} to {@code candidate}, in schema order. */
  public List<ProtobufChange> diff(
      ProtobufParsedSchema existing, ProtobufParsedSchema candidate, Integer version) {
    return new ProtobufDiff(existing, candidate, version).run();
  }
}
