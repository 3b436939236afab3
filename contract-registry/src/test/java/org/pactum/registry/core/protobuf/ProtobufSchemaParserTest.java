package org.pactum.registry.core.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.wire.schema.MessageType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.registry.core.Fixtures;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.SchemaReference;

class ProtobufSchemaParserTest {

  private static final SchemaReference MONEY =
      new SchemaReference("common/money.proto", Fixtures.read("protobuf/common/money.proto"));

  private final ProtobufSchemaParser parser = new ProtobufSchemaParser();

  @Test
  void parsesWithImportsAndWellKnownTypes() {
    ProtobufParsedSchema parsed =
        parser.parse("payment.proto", Fixtures.read("protobuf/payment_v1.proto"), List.of(MONEY));
    assertThat(parsed.displayName()).isEqualTo("acme.payments.Payment");
    assertThat(parsed.packageName()).isEqualTo("acme.payments");
    assertThat(parsed.path()).isEqualTo("payment.proto");
    MessageType payment = (MessageType) parsed.schema().getType("acme.payments.Payment");
    assertThat(payment.field("amount").getType().toString()).isEqualTo("acme.common.Money");
    assertThat(payment.field("created_at").getType().toString())
        .isEqualTo("google.protobuf.Timestamp");
    assertThat(payment.field("labels").getType().isMap()).isTrue();
  }

  @Test
  void syntaxErrorReportsFileLineAndColumn() {
    InvalidSchemaException e =
        catchThrowableOfType(
            InvalidSchemaException.class,
            () ->
                parser.parse(
                    "order.proto",
                    "syntax = \"proto3\";\nmessage Order {\n  string id = ;\n}\n",
                    List.of()));
    assertThat(e.source()).hasValue("order.proto");
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).isPresent();
    assertThat(e.getMessage()).contains("order.proto:3:");
  }

  @Test
  void unknownTypeIsALinkError() {
    InvalidSchemaException e =
        catchThrowableOfType(
            InvalidSchemaException.class,
            () -> parser.parse("syntax = \"proto3\";\nmessage Order {\n  Money total = 1;\n}\n"));
    assertThat(e.getMessage()).contains("unable to resolve Money");
    assertThat(e.line()).hasValue(3);
  }

  @Test
  void missingImportNamesTheReferencesItLookedIn() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
                    syntax = "proto3";
                    import "common/tax.proto";
                    message Order { string id = 1; }
                    """,
                    List.of(MONEY)))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("unable to find import \"common/tax.proto\"")
        .hasMessageContaining("common/money.proto");
  }

  @Test
  void duplicateTagsAreRejected() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "syntax = \"proto3\";\nmessage Order { string id = 1; string name = 1; }\n"))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("multiple fields share tag 1");
  }

  @Test
  void aReferenceCannotShadowTheSchemaItself() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "schema.proto",
                    "syntax = \"proto3\";",
                    List.of(new SchemaReference("schema.proto", "syntax = \"proto3\";"))))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("same path");
  }

  @Test
  void canonicalFormIgnoresLayoutButNotContent() {
    String compact = "syntax = \"proto3\"; package a; message M { string id = 1; int64 n = 2; }";
    String spread =
        """
        syntax = "proto3";

        package a;

        message M {
            string   id = 1;
            int64    n  = 2;
        }
        """;
    String otherName = compact.replace("int64 n", "int64 count");
    String commented = spread.replace("int64    n", "// how many\n int64    n");
    String canonical = parser.parse(compact).canonicalForm();
    assertThat(parser.parse(spread).canonicalForm()).isEqualTo(canonical);
    assertThat(parser.parse("other.proto", spread, List.of()).canonicalForm()).isEqualTo(canonical);
    assertThat(parser.parse(otherName).canonicalForm()).isNotEqualTo(canonical);
    assertThat(parser.parse(commented).canonicalForm()).isNotEqualTo(canonical);
    assertThat(canonical).doesNotContain("Source:").startsWith("syntax = \"proto3\";");
  }

  @Test
  void tenThousandNestedMessagesAreRejectedNotAStackOverflow() {
    StringBuilder s = new StringBuilder("syntax = \"proto3\";\n");
    for (int i = 0; i < 10_000; i++) {
      s.append("message M").append(i).append(" {\n");
    }
    s.append("}\n".repeat(10_000));
    InvalidSchemaException e =
        catchThrowableOfType(InvalidSchemaException.class, () -> parser.parse(s.toString()));
    assertThat(e).hasMessageContaining("nests deeper than 256 levels");
    assertThat(e.line()).hasValue(258);
  }

  @Test
  void bracesInCommentsAndStringsDoNotCount() {
    String braces = "{".repeat(1000);
    ProtobufParsedSchema parsed =
        parser.parse(
            "syntax = \"proto2\";\n// "
                + braces
                + "\n/* "
                + braces
                + " */\nmessage M { optional string s = 1 [default = \""
                + braces
                + "\"]; }\n");
    assertThat(parsed.displayName()).isEqualTo("M");
  }

  @Test
  void sizeLimitApplies() {
    ProtobufSchemaParser small = new ProtobufSchemaParser(new ParseLimits(64, 16));
    assertThatThrownBy(() -> small.parse("syntax = \"proto3\";\n" + "// padding\n".repeat(10)))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void emptyTextIsInvalid() {
    assertThatThrownBy(() -> parser.parse("\n"))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("empty schema");
  }
}
