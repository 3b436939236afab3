package org.pactum.registry.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.ParsedSchema;

class CompatibilityCheckerTest {

  private final SchemaParsers parsers = SchemaParsers.withDefaultLimits();
  private final CompatibilityChecker checker = CompatibilityChecker.standard();

  private final ParsedSchema avro =
      parsers
          .forFormat(SchemaFormat.AVRO)
          .parse("{\"type\":\"record\",\"name\":\"A\",\"fields\":[]}");
  private final ParsedSchema proto =
      parsers.forFormat(SchemaFormat.PROTOBUF).parse("syntax = \"proto3\";\nmessage A {}\n");

  @Test
  void changingTheSchemaTypeIsIncompatibleInEveryCheckedDirection() {
    CompatibilityResult result =
        checker.check(CompatibilityMode.FULL, proto, List.of(new VersionedSchema(4, avro)));
    assertThat(result.incompatibilities())
        .extracting(
            Incompatibility::type, Incompatibility::direction, Incompatibility::againstVersion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                IncompatibilityType.SCHEMA_TYPE_CHANGED, Direction.BACKWARD, 4),
            org.assertj.core.groups.Tuple.tuple(
                IncompatibilityType.SCHEMA_TYPE_CHANGED, Direction.FORWARD, 4));
    assertThat(result.incompatibilities().get(0).message())
        .isEqualTo(
            "version 4 is AVRO but the new schema is PROTOBUF; no reader of one can read data written with the other");
  }

  @Test
  void aNewSubjectIsAlwaysCompatible() {
    CompatibilityResult result = checker.check(CompatibilityMode.FULL_TRANSITIVE, avro, List.of());
    assertThat(result.isCompatible()).isTrue();
    assertThat(result.checkedVersions()).isEmpty();
    assertThat(result.confluentMessages()).isEmpty();
  }

  @Test
  void versionsMustBeNewestFirst() {
    assertThatThrownBy(
            () ->
                checker.check(
                    CompatibilityMode.BACKWARD,
                    avro,
                    List.of(new VersionedSchema(1, avro), new VersionedSchema(2, avro))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newest first, got [1, 2]");
  }

  @Test
  void resultsAreImmutable() {
    CompatibilityResult result =
        checker.check(CompatibilityMode.FULL, proto, List.of(new VersionedSchema(1, avro)));
    assertThatThrownBy(() -> result.incompatibilities().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void policyDefaultsToBackwardWithPerSubjectOverrides() {
    CompatibilityPolicy policy = CompatibilityPolicy.defaults();
    assertThat(policy.modeFor("orders-value")).isEqualTo(CompatibilityMode.BACKWARD);
    CompatibilityPolicy overridden =
        policy.withOverride("orders-value", CompatibilityMode.FULL_TRANSITIVE);
    assertThat(overridden.modeFor("orders-value")).isEqualTo(CompatibilityMode.FULL_TRANSITIVE);
    assertThat(overridden.modeFor("payments-value")).isEqualTo(CompatibilityMode.BACKWARD);
    assertThat(overridden.withGlobalMode(CompatibilityMode.NONE).modeFor("payments-value"))
        .isEqualTo(CompatibilityMode.NONE);
    assertThat(overridden.withoutOverride("orders-value").overrideFor("orders-value")).isEmpty();
    assertThat(policy.overrideFor("orders-value")).isEmpty();
  }

  @Test
  void parsersAreRegisteredPerFormat() {
    assertThat(parsers.forFormat(SchemaFormat.AVRO).format()).isEqualTo(SchemaFormat.AVRO);
    assertThat(parsers.forFormat(SchemaFormat.PROTOBUF).format()).isEqualTo(SchemaFormat.PROTOBUF);
  }

  @Test
  void utf8LengthCountsMultiByteCharacters() {
    assertThat(ParseLimits.utf8Length("aé€😀")).isEqualTo(1 + 2 + 3 + 4);
  }
}
