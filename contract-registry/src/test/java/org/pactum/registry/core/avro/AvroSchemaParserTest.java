package org.pactum.registry.core.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.Fixtures;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.SchemaReference;

class AvroSchemaParserTest {

  private final AvroSchemaParser parser = new AvroSchemaParser();

  @Test
  void parsesARecord() {
    AvroParsedSchema parsed = parser.parse(Fixtures.read("avro/order_v2.avsc"));
    assertThat(parsed.format()).isEqualTo(SchemaFormat.AVRO);
    assertThat(parsed.displayName()).isEqualTo("com.acme.orders.Order");
    assertThat(parsed.schema().getField("coupon").defaultVal()).isEqualTo("NONE");
  }

  @Test
  void invalidJsonReportsLineAndColumn() {
    InvalidSchemaException e =
        catchThrowableOfType(
            InvalidSchemaException.class,
            () -> parser.parse("order.avsc", "{\"type\": \"record\",\n \"name\": }", List.of()));
    assertThat(e.line()).hasValue(2);
    assertThat(e.column()).isPresent();
    assertThat(e.source()).hasValue("order.avsc");
    assertThat(e.getMessage()).startsWith("order.avsc:2:").contains("invalid JSON");
  }

  @Test
  void unknownTypeIsInvalid() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
                    {"type":"record","name":"Order","fields":[{"name":"m","type":"Money"}]}
                    """))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("Money");
  }

  @Test
  void defaultOfTheWrongTypeIsInvalid() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    """
                    {"type":"record","name":"Order",
                     "fields":[{"name":"n","type":"int","default":"seven"}]}
                    """))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("n");
  }

  @Test
  void emptyTextIsInvalid() {
    assertThatThrownBy(() -> parser.parse("  "))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("empty schema");
  }

  @Test
  void namedTypesFromReferencesResolve() {
    SchemaReference money =
        new SchemaReference(
            "com.acme.Money",
            """
            {"type":"record","name":"Money","namespace":"com.acme",
             "fields":[{"name":"units","type":"long"},{"name":"currency","type":"string"}]}
            """);
    AvroParsedSchema parsed =
        parser.parse(
            """
            {"type":"record","name":"Order","namespace":"com.acme",
             "fields":[{"name":"total","type":"com.acme.Money"}]}
            """,
            List.of(money));
    assertThat(parsed.schema().getField("total").schema().getFullName())
        .isEqualTo("com.acme.Money");
    // The canonical form names the referenced type instead of inlining it.
    assertThat(parsed.canonicalForm()).contains("\"type\":\"Money\"").doesNotContain("units");
    assertThat(parsed.references()).containsExactly(money);
  }

  @Test
  void brokenReferenceIsNamedInTheError() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "{\"type\":\"record\",\"name\":\"A\",\"fields\":[]}",
                    List.of(new SchemaReference("money", "{\"type\": \"recrd\"}"))))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("reference money");
  }

  @Test
  void canonicalFormIgnoresWhitespaceAndKeyOrder() {
    String a =
        """
        {"type":"record","name":"Order","namespace":"com.acme",
         "fields":[{"name":"id","type":"string","x-pii":"no","doc":"the id"}]}
        """;
    String b =
        """
        {
          "namespace" : "com.acme",
          "fields" : [ { "doc" : "the id", "x-pii" : "no", "type" : "string", "name" : "id" } ],
          "name" : "Order",
          "type" : "record"
        }
        """;
    assertThat(parser.parse(a).canonicalForm()).isEqualTo(parser.parse(b).canonicalForm());
    assertThat(parser.parse(a)).isEqualTo(parser.parse(b));
  }

  @Test
  void canonicalFormKeepsDefaultsDocsAndFieldOrder() {
    String base =
        """
        {"type":"record","name":"Order","fields":[
          {"name":"id","type":"string"},
          {"name":"qty","type":"int","default":1,"doc":"how many"}]}
        """;
    String otherDefault = base.replace("\"default\":1", "\"default\":2");
    String otherDoc = base.replace("how many", "how many items");
    String otherOrder =
        """
        {"type":"record","name":"Order","fields":[
          {"name":"qty","type":"int","default":1,"doc":"how many"},
          {"name":"id","type":"string"}]}
        """;
    String canonical = parser.parse(base).canonicalForm();
    assertThat(parser.parse(otherDefault).canonicalForm()).isNotEqualTo(canonical);
    assertThat(parser.parse(otherDoc).canonicalForm()).isNotEqualTo(canonical);
    assertThat(parser.parse(otherOrder).canonicalForm()).isNotEqualTo(canonical);
    assertThat(canonical).contains("\"default\":1").contains("how many").doesNotContain("\n");
  }

  @Test
  void canonicalFormKeepsLogicalTypes() {
    String millis =
        """
        {"type":"record","name":"E","fields":[
          {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}}]}
        """;
    String plain =
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"at\",\"type\":\"long\"}]}";
    assertThat(parser.parse(millis).canonicalForm())
        .contains("timestamp-millis")
        .isNotEqualTo(parser.parse(plain).canonicalForm());
  }

  @Test
  void schemaNestedTenThousandLevelsDeepIsRejectedNotAStackOverflow() {
    String deep = "[".repeat(10_000) + "\"int\"" + "]".repeat(10_000);
    InvalidSchemaException e =
        catchThrowableOfType(InvalidSchemaException.class, () -> parser.parse(deep));
    assertThat(e).hasMessageContaining("nests deeper than 256 levels");
    assertThat(e.line()).hasValue(1);
  }

  @Test
  void deeplyNestedRecordsAreRejected() {
    StringBuilder s = new StringBuilder();
    int depth = 10_000;
    for (int i = 0; i < depth; i++) {
      s.append("{\"type\":\"record\",\"name\":\"R")
          .append(i)
          .append("\",\"fields\":[{\"name\":\"f\",\"type\":");
    }
    s.append("\"int\"");
    s.append("}]}".repeat(depth));
    assertThatThrownBy(() -> parser.parse(s.toString()))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("nests deeper");
  }

  @Test
  void nestingWithinTheLimitParses() {
    StringBuilder s = new StringBuilder();
    int depth = 50;
    for (int i = 0; i < depth; i++) {
      s.append("{\"type\":\"record\",\"name\":\"R")
          .append(i)
          .append("\",\"fields\":[{\"name\":\"f\",\"type\":");
    }
    s.append("\"int\"");
    s.append("}]}".repeat(depth));
    assertThat(parser.parse(s.toString()).displayName()).isEqualTo("R0");
  }

  @Test
  void bracketsInsideStringsDoNotCountAsNesting() {
    String doc = "[[[[[[[[[[".repeat(100);
    AvroParsedSchema parsed =
        parser.parse("{\"type\":\"record\",\"name\":\"A\",\"doc\":\"" + doc + "\",\"fields\":[]}");
    assertThat(parsed.schema().getDoc()).isEqualTo(doc);
  }

  @Test
  void sizeLimitCountsReferences() {
    AvroSchemaParser small = new AvroSchemaParser(new ParseLimits(100, 64));
    String schema = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[]}";
    assertThat(small.parse(schema).displayName()).isEqualTo("A");
    assertThatThrownBy(
            () ->
                small.parse(
                    schema, List.of(new SchemaReference("b", " ".repeat(80) + "\"string\""))))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("too large")
        .hasMessageContaining("limit is 100");
  }
}
