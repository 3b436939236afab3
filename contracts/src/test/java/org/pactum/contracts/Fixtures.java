package org.pactum.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Contract and schema texts shared by tests, and a helper to write them to a folder. */
public final class Fixtures {

  /** Seven header lines; the body passed to {@link #contract(String)} starts at line 8. */
  public static final String HEADER =
      """
      apiVersion: pactum/v1
      kind: DataContract
      id: shop.orders
      version: 1.0.0
      owner: {team: shop}
      schema: {format: avro, file: order.avsc}
      dataset: {datasource: warehouse, table: public.orders}
      """;

  public static final String ORDER_AVSC =
      """
      {"type": "record", "name": "Order", "namespace": "shop", "fields": [
        {"name": "order_id", "type": "string"},
        {"name": "customer_id", "type": "string"},
        {"name": "email", "type": ["null", "string"], "default": null},
        {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["PLACED", "PAID"]}},
        {"name": "amount", "type": "double"},
        {"name": "quantity", "type": "int"},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "placed_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "birth_date", "type": {"type": "int", "logicalType": "date"}},
        {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
          {"name": "city", "type": "string"}]}}
      ]}
      """;

  private Fixtures() {}

  /** The standard header followed by {@code body}. */
  public static String contract(String body) {
    return HEADER + body;
  }

  public static Path write(Path dir, String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code order.avsc} and {@code orders.contract.yaml} (header + body) to {@code dir}. */
  public static Path avroContract(Path dir, String body) {
    write(dir, "order.avsc", ORDER_AVSC);
    return write(dir, "orders.contract.yaml", contract(body));
  }
}
