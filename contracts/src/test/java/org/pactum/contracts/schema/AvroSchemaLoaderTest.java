package org.pactum.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class AvroSchemaLoaderTest {

  private static List<SchemaField> flatten(String json) {
    return AvroSchemaLoader.flatten(new Schema.Parser().parse(json));
  }

  @Test
  void mapsTypesAndLogicalTypesToKinds() {
    List<SchemaField> fields =
        flatten(
            """
            {"type": "record", "name": "R", "fields": [
              {"name": "s", "type": "string"},
              {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
              {"name": "i", "type": "int"},
              {"name": "l", "type": "long"},
              {"name": "d", "type": "double"},
              {"name": "b", "type": "boolean"},
              {"name": "raw", "type": "bytes"},
              {"name": "fx", "type": {"type": "fixed", "name": "F", "size": 4}},
              {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "tsu", "type": {"type": "long", "logicalType": "timestamp-micros"}},
              {"name": "lts", "type": {"type": "long", "logicalType": "local-timestamp-millis"}},
              {"name": "day", "type": {"type": "int", "logicalType": "date"}},
              {"name": "tod", "type": {"type": "int", "logicalType": "time-millis"}},
              {"name": "dec", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}},
              {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["A", "B"]}},
              {"name": "m", "type": {"type": "map", "values": "long"}}
            ]}
            """);

    assertThat(fields)
        .extracting(SchemaField::kind)
        .containsExactly(
            FieldKind.STRING,
            FieldKind.STRING,
            FieldKind.INTEGER,
            FieldKind.INTEGER,
            FieldKind.FLOAT,
            FieldKind.BOOLEAN,
            FieldKind.BYTES,
            FieldKind.BYTES,
            FieldKind.TIMESTAMP,
            FieldKind.TIMESTAMP,
            FieldKind.TIMESTAMP,
            FieldKind.DATE,
            FieldKind.TIME,
            FieldKind.DECIMAL,
            FieldKind.ENUM,
            FieldKind.MAP);
    assertThat(fields.get(14).enumSymbols()).containsExactly("A", "B");
    assertThat(fields).noneMatch(SchemaField::nullable).noneMatch(SchemaField::repeated);
  }

  @Test
  void unionsArraysAndNestedRecords() {
    List<SchemaField> fields =
        flatten(
            """
            {"type": "record", "name": "R", "fields": [
              {"name": "opt", "type": ["null", {"type": "long", "logicalType": "timestamp-millis"}]},
              {"name": "multi", "type": ["null", "string", "long"]},
              {"name": "tags", "type": {"type": "array", "items": "string"}},
              {"name": "items", "type": {"type": "array", "items": {"type": "record", "name": "Item",
                "fields": [{"name": "sku", "type": "string"}]}}},
              {"name": "address", "type": ["null", {"type": "record", "name": "Address",
                "fields": [{"name": "city", "type": "string"},
                           {"name": "next", "type": ["null", "R"]}]}]}
            ]}
            """);

    assertThat(fields)
        .containsExactly(
            new SchemaField("opt", "opt", FieldKind.TIMESTAMP, true, false, List.of()),
            new SchemaField("multi", "multi", FieldKind.UNION, true, false, List.of()),
            new SchemaField("tags", "tags", FieldKind.STRING, false, true, List.of()),
            new SchemaField("items", "items", FieldKind.RECORD, false, true, List.of()),
            new SchemaField("items.sku", "sku", FieldKind.STRING, false, true, List.of()),
            new SchemaField("address", "address", FieldKind.RECORD, true, false, List.of()),
            new SchemaField("address.city", "city", FieldKind.STRING, false, false, List.of()),
            new SchemaField("address.next", "next", FieldKind.RECORD, true, false, List.of()));
  }
}
