package org.pactum.registry.core.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.registry.core.schema.IncompatibilityType.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.CompatibilityNote;
import org.pactum.registry.core.CompatibilityResult;
import org.pactum.registry.core.Fixtures;
import org.pactum.registry.core.Incompatibility;
import org.pactum.registry.core.VersionedSchema;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.SchemaReference;

class ProtobufCompatibilityTest {

  private static final SchemaReference MONEY =
      new SchemaReference("common/money.proto", Fixtures.read("protobuf/common/money.proto"));

  private final ProtobufSchemaParser parser = new ProtobufSchemaParser();
  private final ProtobufCompatibilityRules rules = new ProtobufCompatibilityRules();
  private final CompatibilityChecker checker = CompatibilityChecker.standard();

  private List<ProtobufChange> diff(String before, String after) {
    return rules.diff(parser.parse(before), parser.parse(after), 1);
  }

  private static String proto3(String body) {
    return "syntax = \"proto3\";\npackage acme;\n" + body;
  }

  private static String proto2(String body) {
    return "syntax = \"proto2\";\npackage acme;\n" + body;
  }

  private static ProtobufChange single(List<ProtobufChange> changes, IncompatibilityType type) {
    assertThat(changes).extracting(ProtobufChange::type).containsExactly(type);
    return changes.get(0);
  }

  private static void breaks(ProtobufChange c, boolean backward, boolean forward) {
    assertThat(c.breaksBackward()).as("breaks BACKWARD").isEqualTo(backward);
    assertThat(c.breaksForward()).as("breaks FORWARD").isEqualTo(forward);
  }

  private CompatibilityResult check(CompatibilityMode mode, String before, String after) {
    return checker.check(
        mode, parser.parse(after), List.of(new VersionedSchema(1, parser.parse(before))));
  }

  // ------------------------------------------------------------ package and messages

  @Test
  void packageChangedBreaksBoth() {
    ProtobufChange c =
        single(
            diff(
                proto3("message A { string id = 1; }"),
                proto3("message A { string id = 1; }")
                    .replace("package acme;", "package acme.v2;")),
            PACKAGE_CHANGED);
    assertThat(c.location()).isEqualTo("#/");
    assertThat(c.detail()).isEqualTo("acme -> acme.v2");
    assertThat(c.message()).startsWith("package changed from 'acme' to 'acme.v2'");
    breaks(c, true, true);
  }

  @Test
  void messageAddedBreaksForwardOnly() {
    ProtobufChange c =
        single(
            diff(
                proto3("message A { string id = 1; }"),
                proto3("message A { string id = 1; }\nmessage Refund { string id = 1; }")),
            MESSAGE_ADDED);
    assertThat(c.location()).isEqualTo("#/Refund");
    assertThat(c.fieldPath()).isEqualTo("Refund");
    breaks(c, false, true);
  }

  @Test
  void messageRemovedBreaksBackwardOnly() {
    ProtobufChange c =
        single(
            diff(
                proto3("message A { string id = 1; }\nmessage Refund { string id = 1; }"),
                proto3("message A { string id = 1; }")),
            MESSAGE_REMOVED);
    assertThat(c.location()).isEqualTo("#/Refund");
    assertThat(c.message()).contains("data written with version 1 as Refund cannot be read");
    breaks(c, true, false);
  }

  @Test
  void messageMovedIsCompatible() {
    List<ProtobufChange> changes =
        diff(
            proto3("message A { string id = 1; }\nmessage B { string id = 1; }"),
            proto3("message B { string id = 1; }\nmessage A { string id = 1; }"));
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(MESSAGE_MOVED, MESSAGE_MOVED);
    assertThat(changes.get(0).detail()).isEqualTo("0 -> 1");
    changes.forEach(c -> breaks(c, false, false));
  }

  // ------------------------------------------------------------ fields

  @Test
  void fieldAddedAndRemovedAreCompatibleNotes() {
    String before = proto3("message Payment { string id = 1; string memo = 2; }");
    String after = proto3("message Payment { string id = 1; int64 cents = 3; }");
    List<ProtobufChange> changes = diff(before, after);
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(FIELD_REMOVED, FIELD_ADDED);
    assertThat(changes.get(0).location()).isEqualTo("#/Payment/2");
    assertThat(changes.get(0).fieldPath()).isEqualTo("Payment.memo");
    assertThat(changes.get(0).suggestedFix()).contains("reserved 2; reserved \"memo\";");
    assertThat(changes.get(1).location()).isEqualTo("#/Payment/3");

    CompatibilityResult full = check(CompatibilityMode.FULL, before, after);
    assertThat(full.isCompatible()).isTrue();
    assertThat(full.notes())
        .extracting(CompatibilityNote::type)
        .containsExactly(FIELD_REMOVED, FIELD_ADDED);
  }

  @Test
  void renamedFieldIsWireCompatibleWithAJsonCaveat() {
    ProtobufChange c =
        single(
            diff(
                proto3("message Payment { string id = 1; }"),
                proto3("message Payment { string payment_id = 1; }")),
            FIELD_NAME_CHANGED);
    assertThat(c.location()).isEqualTo("#/Payment/1");
    assertThat(c.fieldPath()).isEqualTo("Payment.payment_id");
    assertThat(c.message()).contains("wire-compatible").contains("JSON");
    assertThat(c.suggestedFix()).contains("json_name");
    breaks(c, false, false);
  }

  @Test
  void scalarToMessageIsAKindChange() {
    ProtobufChange c =
        single(
            diff(
                proto3("message Payment { int64 amount = 2; }\nmessage Money { int64 units = 1; }"),
                proto3(
                    "message Payment { Money amount = 2; }\nmessage Money { int64 units = 1; }")),
            FIELD_KIND_CHANGED);
    assertThat(c.location()).isEqualTo("#/Payment/2");
    assertThat(c.message()).contains("from a scalar (int64) to a message (acme.Money)");
    breaks(c, true, true);
  }

  @Test
  void mapToRepeatedMessageIsAKindChange() {
    ProtobufChange c =
        single(
            diff(
                proto3(
                    "message P { map<string, string> labels = 4; }\nmessage L { string k = 1; }"),
                proto3("message P { repeated L labels = 4; }\nmessage L { string k = 1; }")),
            FIELD_KIND_CHANGED);
    assertThat(c.detail()).isEqualTo("map<string, string> -> acme.L");
  }

  @ParameterizedTest(name = "{0} -> {1} changed: {2}")
  @CsvSource({
    "int32, int64, false",
    "int32, uint64, false",
    "bool, uint32, false",
    "Status, int32, false",
    "sint32, sint64, false",
    "string, bytes, false",
    "fixed32, sfixed32, false",
    "fixed64, sfixed64, false",
    "int32, sint32, true",
    "int64, fixed64, true",
    "fixed32, fixed64, true",
    "float, double, true",
    "string, int32, true",
    "Status, sint32, true",
  })
  void scalarKindsChangeOnlyAcrossWireGroups(String from, String to, boolean changed) {
    String template = "message Payment { %s amount = 3; }\nenum Status { UNKNOWN = 0; PAID = 1; }";
    List<ProtobufChange> changes =
        diff(proto3(template.formatted(from)), proto3(template.formatted(to)));
    if (!changed) {
      assertThat(changes).isEmpty();
      return;
    }
    ProtobufChange c = single(changes, FIELD_SCALAR_KIND_CHANGED);
    assertThat(c.location()).isEqualTo("#/Payment/3");
    assertThat(c.fieldPath()).isEqualTo("Payment.amount");
    assertThat(c.message()).contains("is in the wire-compatible group {");
    breaks(c, true, true);
  }

  @Test
  void namedTypeChanged() {
    String types = "\nmessage Money { int64 units = 1; }\nmessage Price { int64 units = 1; }";
    ProtobufChange c =
        single(
            diff(
                proto3("message Payment { Money amount = 2; }" + types),
                proto3("message Payment { Price amount = 2; }" + types)),
            FIELD_NAMED_TYPE_CHANGED);
    assertThat(c.location()).isEqualTo("#/Payment/2");
    assertThat(c.message()).contains("changed type from Money to Price");
    breaks(c, true, true);
  }

  @Test
  void repeatedNumericLabelChangeBreaks() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { repeated int32 codes = 1; }"),
                proto3("message P { int32 codes = 1; }")),
            FIELD_NUMERIC_LABEL_CHANGED);
    assertThat(c.detail()).isEqualTo("repeated to singular");
    assertThat(c.message()).contains("packed");
    breaks(c, true, true);
  }

  @Test
  void repeatedEnumLabelChangeBreaks() {
    String e = "\nenum S { U = 0; }";
    single(
        diff(proto3("message P { S s = 1; }" + e), proto3("message P { repeated S s = 1; }" + e)),
        FIELD_NUMERIC_LABEL_CHANGED);
  }

  @Test
  void stringAndMessageLabelChangesAreCompatible() {
    ProtobufChange s =
        single(
            diff(
                proto3("message P { string tag = 1; }"),
                proto3("message P { repeated string tag = 1; }")),
            FIELD_STRING_OR_BYTES_LABEL_CHANGED);
    breaks(s, false, false);
    String m = "\nmessage M { string v = 1; }";
    ProtobufChange msg =
        single(
            diff(
                proto3("message P { repeated M m = 1; }" + m),
                proto3("message P { M m = 1; }" + m)),
            FIELD_MESSAGE_LABEL_CHANGED);
    breaks(msg, false, false);
  }

  @Test
  void requiredFieldsAddedOrRemovedBreakBoth() {
    ProtobufChange added =
        single(
            diff(
                proto2("message P { optional string id = 1; }"),
                proto2("message P { optional string id = 1; required int64 at = 2; }")),
            REQUIRED_FIELD_ADDED);
    assertThat(added.location()).isEqualTo("#/P/2");
    breaks(added, true, true);
    ProtobufChange removed =
        single(
            diff(
                proto2("message P { optional string id = 1; required int64 at = 2; }"),
                proto2("message P { optional string id = 1; }")),
            REQUIRED_FIELD_REMOVED);
    assertThat(removed.fieldPath()).isEqualTo("P.at");
    breaks(removed, true, true);
  }

  @Test
  void requiredLabelOnAnExistingFieldBreaksOneWay() {
    ProtobufChange became =
        single(
            diff(
                proto2("message P { optional int64 at = 2; }"),
                proto2("message P { required int64 at = 2; }")),
            FIELD_BECAME_REQUIRED);
    breaks(became, true, false);
    ProtobufChange relaxed =
        single(
            diff(
                proto2("message P { required int64 at = 2; }"),
                proto2("message P { optional int64 at = 2; }")),
            FIELD_NO_LONGER_REQUIRED);
    breaks(relaxed, false, true);
    assertThat(relaxed.detail()).isEqualTo("required -> optional");
  }

  // ------------------------------------------------------------ oneofs

  @Test
  void oneofAddedAndRemovedAreNotes() {
    List<ProtobufChange> added =
        diff(
            proto3("message P { string id = 1; }"),
            proto3(
                "message P { string id = 1; oneof method { string iban = 2; string card = 3; } }"));
    assertThat(added)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_ADDED, FIELD_ADDED, FIELD_ADDED);
    assertThat(added.get(0).location()).isEqualTo("#/P/method");
    assertThat(added.get(0).fieldPath()).isEqualTo("P.method");
    List<ProtobufChange> removed =
        diff(
            proto3("message P { string id = 1; oneof method { string iban = 2; } }"),
            proto3("message P { string id = 1; }"));
    assertThat(removed)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_REMOVED, FIELD_REMOVED);
    removed.forEach(c -> breaks(c, false, false));
  }

  @Test
  void fieldAddedToAnExistingOneofBreaksForward() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { oneof method { string iban = 2; } }"),
                proto3("message P { oneof method { string iban = 2; string wallet = 3; } }")),
            ONEOF_FIELD_ADDED);
    assertThat(c.location()).isEqualTo("#/P/3");
    assertThat(c.fieldPath()).isEqualTo("P.wallet");
    breaks(c, false, true);
  }

  @Test
  void fieldRemovedFromASurvivingOneofBreaksBackward() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { oneof method { string iban = 2; string wallet = 3; } }"),
                proto3("message P { oneof method { string iban = 2; } }")),
            ONEOF_FIELD_REMOVED);
    breaks(c, true, false);
  }

  @Test
  void singleFieldIntoANewOneofIsSafe() {
    List<ProtobufChange> changes =
        diff(
            proto3("message P { string iban = 2; }"),
            proto3("message P { oneof method { string iban = 2; } }"));
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_ADDED, FIELD_MOVED_TO_NEW_ONEOF);
    changes.forEach(c -> breaks(c, false, false));
  }

  @Test
  void multipleFieldsIntoANewOneofBreakBackward() {
    List<ProtobufChange> changes =
        diff(
            proto3("message P { string iban = 2; string card = 3; }"),
            proto3("message P { oneof method { string iban = 2; string card = 3; } }"));
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_ADDED, MULTIPLE_FIELDS_MOVED_TO_ONEOF);
    ProtobufChange c = changes.get(1);
    assertThat(c.location()).isEqualTo("#/P/method");
    assertThat(c.detail()).isEqualTo("iban = 2, card = 3");
    breaks(c, true, false);
  }

  @Test
  void fieldIntoAnExistingOneofBreaksBoth() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { string card = 3; oneof method { string iban = 2; } }"),
                proto3("message P { oneof method { string iban = 2; string card = 3; } }")),
            FIELD_MOVED_TO_EXISTING_ONEOF);
    assertThat(c.location()).isEqualTo("#/P/3");
    breaks(c, true, true);
  }

  @Test
  void fieldOutOfASurvivingOneofBreaksBoth() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { oneof method { string iban = 2; string card = 3; } }"),
                proto3("message P { string card = 3; oneof method { string iban = 2; } }")),
            FIELD_MOVED_OUT_OF_ONEOF);
    assertThat(c.message()).contains("together with [iban]");
    breaks(c, true, true);
  }

  @Test
  void soleFieldOutOfARemovedOneofIsSafe() {
    List<ProtobufChange> changes =
        diff(
            proto3("message P { oneof method { string iban = 2; } }"),
            proto3("message P { string iban = 2; }"));
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_REMOVED, FIELD_MOVED_OUT_OF_ONEOF);
    breaks(changes.get(1), false, false);
  }

  @Test
  void dissolvedOneofBreaksForwardOnly() {
    List<ProtobufChange> changes =
        diff(
            proto3("message P { oneof method { string iban = 2; string card = 3; } }"),
            proto3("message P { string iban = 2; string card = 3; }"));
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_REMOVED, FIELD_MOVED_OUT_OF_ONEOF, FIELD_MOVED_OUT_OF_ONEOF);
    breaks(changes.get(1), false, true);
  }

  @Test
  void renamedOneofIsOnlyNotes() {
    List<ProtobufChange> changes =
        diff(
            proto3("message P { oneof method { string iban = 2; string card = 3; } }"),
            proto3("message P { oneof payment_method { string iban = 2; string card = 3; } }"));
    assertThat(changes)
        .extracting(ProtobufChange::type)
        .containsExactly(ONEOF_REMOVED, ONEOF_ADDED);
  }

  // ------------------------------------------------------------ enums

  @Test
  void enumConstantChangesAreNotes() {
    String before = proto3("enum Status { UNKNOWN = 0; PLACED = 1; PAID = 2; }");
    String after = proto3("enum Status { UNKNOWN = 0; CREATED = 1; SHIPPED = 3; }");
    List<ProtobufChange> changes = diff(before, after);
    assertThat(changes)
        .extracting(ProtobufChange::type, ProtobufChange::location, ProtobufChange::fieldPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ENUM_CONST_CHANGED, "#/Status/1", "Status.CREATED"),
            org.assertj.core.groups.Tuple.tuple(ENUM_CONST_REMOVED, "#/Status/2", "Status.PAID"),
            org.assertj.core.groups.Tuple.tuple(ENUM_CONST_ADDED, "#/Status/3", "Status.SHIPPED"));
    changes.forEach(c -> breaks(c, false, false));
    assertThat(changes.get(1).suggestedFix()).contains("reserved 2;");
  }

  @Test
  void enumAddedAndRemoved() {
    List<ProtobufChange> changes = diff(proto3("enum A { A0 = 0; }"), proto3("enum B { B0 = 0; }"));
    assertThat(changes).extracting(ProtobufChange::type).containsExactly(ENUM_REMOVED, ENUM_ADDED);
  }

  // ------------------------------------------------------------ nesting, maps, imports

  @Test
  void nestedMessagesGetNestedPaths() {
    String before = Fixtures.read("protobuf/payment_v1.proto");
    String after = before.replace("int32 expiry_month = 2;", "string expiry_month = 2;");
    List<ProtobufChange> changes =
        rules.diff(
            parser.parse("payment.proto", before, List.of(MONEY)),
            parser.parse("payment.proto", after, List.of(MONEY)),
            1);
    ProtobufChange c = single(changes, FIELD_SCALAR_KIND_CHANGED);
    assertThat(c.location()).isEqualTo("#/Payment/Card/2");
    assertThat(c.fieldPath()).isEqualTo("Payment.Card.expiry_month");
    assertThat(c.source().file()).isEqualTo("payment.proto");
    assertThat(c.source().line()).isEqualTo(19);
  }

  @Test
  void mapValueTypesAreCompared() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { map<string, int64> totals = 4; }"),
                proto3("message P { map<string, string> totals = 4; }")),
            FIELD_SCALAR_KIND_CHANGED);
    assertThat(c.location()).isEqualTo("#/P/4");
    assertThat(c.message()).startsWith("map value of field 'totals' changed from int64 to string");
    assertThat(
            diff(
                proto3("message P { map<string, int64> t = 4; }"),
                proto3("message P { map<string, uint64> t = 4; }")))
        .isEmpty();
  }

  @Test
  void mapKeyTypesAreCompared() {
    ProtobufChange c =
        single(
            diff(
                proto3("message P { map<int32, string> t = 4; }"),
                proto3("message P { map<string, string> t = 4; }")),
            FIELD_SCALAR_KIND_CHANGED);
    assertThat(c.message()).startsWith("map key of field 't'");
  }

  @Test
  void importedMessagesAreComparedWhereFieldsUseThem() {
    String payment = Fixtures.read("protobuf/payment_v1.proto");
    SchemaReference moneyV2 =
        new SchemaReference(
            "common/money.proto", MONEY.text().replace("int64 units = 2;", "string units = 2;"));
    List<ProtobufChange> changes =
        rules.diff(
            parser.parse("payment.proto", payment, List.of(MONEY)),
            parser.parse("payment.proto", payment, List.of(moneyV2)),
            1);
    ProtobufChange c = single(changes, FIELD_SCALAR_KIND_CHANGED);
    assertThat(c.location()).isEqualTo("#/Money/2");
    assertThat(c.fieldPath()).isEqualTo("Money.units");
    assertThat(c.source().file()).isEqualTo("common/money.proto");
  }

  @Test
  void importedTypeMovedToAnotherPackageKeepsItsLocalName() {
    String payment = Fixtures.read("protobuf/payment_v1.proto");
    SchemaReference moved =
        new SchemaReference(
            "common/money.proto",
            MONEY.text().replace("package acme.common;", "package acme.shared;"));
    List<ProtobufChange> changes =
        rules.diff(
            parser.parse("payment.proto", payment, List.of(MONEY)),
            parser.parse(
                "payment.proto",
                payment.replace("acme.common.Money", "acme.shared.Money"),
                List.of(moved)),
            1);
    assertThat(changes).isEmpty();
  }

  @Test
  void compatibleEvolutionOfTheFixturePassesFull() {
    CompatibilityResult result =
        checker.check(
            CompatibilityMode.FULL_TRANSITIVE,
            parser.parse(
                "payment.proto", Fixtures.read("protobuf/payment_v2.proto"), List.of(MONEY)),
            List.of(
                new VersionedSchema(
                    1,
                    parser.parse(
                        "payment.proto",
                        Fixtures.read("protobuf/payment_v1.proto"),
                        List.of(MONEY)))));
    assertThat(result.isCompatible()).isTrue();
    assertThat(result.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.type()).isEqualTo(FIELD_ADDED);
              assertThat(n.location()).isEqualTo("#/Payment/7");
              assertThat(n.againstVersion()).isEqualTo(1);
            });
  }

  // ------------------------------------------------------------ through the checker

  @Test
  void directionDecidesWhetherAChangeIsReported() {
    String before = proto3("message A { string id = 1; }");
    String after = proto3("message A { string id = 1; }\nmessage Refund { string id = 1; }");
    assertThat(check(CompatibilityMode.BACKWARD, before, after).isCompatible()).isTrue();
    CompatibilityResult forward = check(CompatibilityMode.FORWARD, before, after);
    assertThat(forward.incompatibilities())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.type()).isEqualTo(MESSAGE_ADDED);
              assertThat(i.direction()).isEqualTo(Direction.FORWARD);
              assertThat(i.toConfluentString())
                  .startsWith(
                      "{errorType:'MESSAGE_ADDED', description:'message 'Refund' was added");
            });
    CompatibilityResult full = check(CompatibilityMode.FULL, before, after);
    assertThat(full.incompatibilities())
        .extracting(Incompatibility::direction)
        .containsExactly(Direction.FORWARD);
  }

  @Test
  void reusingARemovedTagIsCaughtOnlyTransitively() {
    var v1 = parser.parse(proto3("message P { string id = 1; int64 amount = 2; }"));
    var v2 = parser.parse(proto3("message P { string id = 1; reserved 3; }"));
    var v3 = parser.parse(proto3("message P { string id = 1; string amount = 2; }"));
    List<VersionedSchema> history = List.of(new VersionedSchema(2, v2), new VersionedSchema(1, v1));
    assertThat(checker.check(CompatibilityMode.BACKWARD, v3, history).isCompatible()).isTrue();
    CompatibilityResult transitive =
        checker.check(CompatibilityMode.BACKWARD_TRANSITIVE, v3, history);
    assertThat(transitive.incompatibilities())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.type()).isEqualTo(FIELD_SCALAR_KIND_CHANGED);
              assertThat(i.location()).isEqualTo("#/P/2");
              assertThat(i.fieldPath()).isEqualTo("P.amount");
              assertThat(i.againstVersion()).isEqualTo(1);
            });
  }
}
