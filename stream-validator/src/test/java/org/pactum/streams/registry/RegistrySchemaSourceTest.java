package org.pactum.streams.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.streams.Orders;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.wire.SchemaId;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class RegistrySchemaSourceTest {
  private final Orders orders;
  private final RegistrySchemaSource source;

  RegistrySchemaSourceTest(TestDatabase db) {
    orders = new Orders(db);
    source = new RegistrySchemaSource(orders.registry);
  }

  @Test
  void aRegisteredAvroSchemaIsTheWriterSchema() {
    SchemaLookup lookup = source.lookup(new SchemaId(orders.schemaId));
    assertThat(lookup).isInstanceOf(SchemaLookup.AvroWriter.class);
    assertThat(((SchemaLookup.AvroWriter) lookup).schema()).isEqualTo(orders.schema);
  }

  @Test
  void anIdNeverRegisteredIsUnknown() {
    assertThat(source.lookup(new SchemaId(424_242)))
        .isEqualTo(new SchemaLookup.Unknown(new SchemaId(424_242)));
  }

  @Test
  void aSchemaDeletedForGoodIsUnknownAtOnceThoughItWasLookedUpBefore() {
    int id =
        orders
            .registry
            .register(
                "scratch-value",
                SchemaSubmission.of(
                    "{\"type\":\"record\",\"name\":\"Scratch\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}",
                    "AVRO"))
            .id();
    assertThat(source.lookup(new SchemaId(id))).isInstanceOf(SchemaLookup.AvroWriter.class);
    orders.registry.deleteSubject("scratch-value", false);
    orders.registry.deleteSubject("scratch-value", true);
    assertThat(source.lookup(new SchemaId(id)))
        .isEqualTo(new SchemaLookup.Unknown(new SchemaId(id)));
  }

  @Test
  void aProtobufSchemaIsAnotherFormat() {
    int id =
        orders
            .registry
            .register(
                "proto-value",
                SchemaSubmission.of("syntax = \"proto3\"; message M { string a = 1; }", "PROTOBUF"))
            .id();
    assertThat(source.lookup(new SchemaId(id)))
        .isEqualTo(new SchemaLookup.OtherFormat(new SchemaId(id), SchemaFormat.PROTOBUF));
  }
}
