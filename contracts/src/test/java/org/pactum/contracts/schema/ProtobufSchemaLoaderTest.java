package org.pactum.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.Fixtures;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;

class ProtobufSchemaLoaderTest {

  @TempDir Path dir;

  @Test
  void flattensAMessageWithWellKnownTypes() {
    Fixtures.write(
        dir,
        "m.proto",
        """
        syntax = "proto3";
        package t;
        import "google/protobuf/timestamp.proto";
        import "google/protobuf/wrappers.proto";
        message M {
          string id = 1;
          int64 count = 2;
          double ratio = 3;
          bool flag = 4;
          bytes blob = 5;
          optional string note = 6;
          repeated string tags = 7;
          map<string, int32> attrs = 8;
          google.protobuf.Timestamp at = 9;
          google.protobuf.Int64Value maybe = 10;
          Status status = 11;
          Inner inner = 12;
          repeated Inner inners = 13;
          oneof choice { string a = 14; int32 b = 15; }
          message Inner { string name = 1; M back = 2; }
        }
        enum Status { STATUS_UNSPECIFIED = 0; STATUS_OK = 1; }
        """);
    SchemaRequest request =
        new SchemaRequest(
            dir.resolve("m.contract.yaml"),
            new SchemaSpec(SchemaFormat.PROTOBUF, "m.proto", "t.M", null),
            SourcePosition.of(1, 1),
            SourcePosition.of(1, 1));

    SchemaLoadResult result = new ContractSchemaLoader().load(request);

    assertThat(result.problems()).isEmpty();
    LoadedSchema schema = result.schema().orElseThrow();
    assertThat(schema.format()).isEqualTo(SchemaFormat.PROTOBUF);
    assertThat(schema.fields())
        .containsExactly(
            new SchemaField("id", "id", FieldKind.STRING, false, false, List.of()),
            new SchemaField("count", "count", FieldKind.INTEGER, false, false, List.of()),
            new SchemaField("ratio", "ratio", FieldKind.FLOAT, false, false, List.of()),
            new SchemaField("flag", "flag", FieldKind.BOOLEAN, false, false, List.of()),
            new SchemaField("blob", "blob", FieldKind.BYTES, false, false, List.of()),
            new SchemaField("note", "note", FieldKind.STRING, true, false, List.of()),
            new SchemaField("tags", "tags", FieldKind.STRING, false, true, List.of()),
            new SchemaField("attrs", "attrs", FieldKind.MAP, false, false, List.of()),
            new SchemaField("at", "at", FieldKind.TIMESTAMP, true, false, List.of()),
            new SchemaField("maybe", "maybe", FieldKind.INTEGER, true, false, List.of()),
            new SchemaField(
                "status",
                "status",
                FieldKind.ENUM,
                false,
                false,
                List.of("STATUS_UNSPECIFIED", "STATUS_OK")),
            new SchemaField("inner", "inner", FieldKind.RECORD, true, false, List.of()),
            new SchemaField("inner.name", "name", FieldKind.STRING, false, false, List.of()),
            new SchemaField("inner.back", "back", FieldKind.RECORD, true, false, List.of()),
            new SchemaField("inners", "inners", FieldKind.RECORD, false, true, List.of()),
            new SchemaField("inners.name", "name", FieldKind.STRING, false, true, List.of()),
            new SchemaField("inners.back", "back", FieldKind.RECORD, true, true, List.of()),
            new SchemaField("a", "a", FieldKind.STRING, true, false, List.of()),
            new SchemaField("b", "b", FieldKind.INTEGER, true, false, List.of()));
  }
}
