package org.pactum.bench;

/**
 * A realistic, long-lived Avro record that evolves compatibly: version {@code v} (1, 2, …) is the
 * base {@code Order} record plus {@code v - 1} added fields, each optional with a default, in a
 * rotation of shapes (nullable string, nested record, enum, long with default, nullable array,
 * multi-branch union). Along the way the nested {@code Address} record gains an optional field
 * every 7 versions, and the {@code OrderStatus} enum (which has a default symbol) gains a symbol
 * every 10 versions. Every version can read data written with every earlier one (BACKWARD
 * transitive), so a check of version {@code n + 1} against versions {@code 1..n} is all-compatible
 * and does the full amount of work.
 *
 * <p>{@code variant} renames the record (namespace suffix) so the same evolution can be registered
 * under many subjects without the registry deduplicating the schemas to one id.
 */
public final class OrderSchemas {

  private OrderSchemas() {}

  /** Version {@code version} (1-based) of the record, in namespace {@code com.acme.orders}. */
  public static String version(int version) {
    return version(version, "");
  }

  /**
   * Version {@code version} of the record in namespace {@code com.acme.orders<variant>}; {@code
   * variant} must be empty or a valid Avro name fragment.
   */
  public static String version(int version, String variant) {
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1, got " + version);
    }
    int extras = version - 1;
    StringBuilder s = new StringBuilder(4096 + 400 * extras);
    s.append("{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.acme.orders")
        .append(variant)
        .append("\",\"doc\":\"An order placed on web or mobile checkout.\",\"fields\":[");
    s.append("{\"name\":\"id\",\"type\":\"string\",\"doc\":\"Order id (ULID).\"},");
    s.append("{\"name\":\"customerId\",\"type\":\"string\"},");
    s.append(
        "{\"name\":\"createdAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},");
    s.append("{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"OrderStatus\",")
        .append("\"symbols\":[\"PLACED\",\"PAID\",\"SHIPPED\"");
    for (int k = 1; k <= extras / 10; k++) {
      s.append(",\"STATUS_").append(k).append('"');
    }
    s.append("],\"default\":\"PLACED\"}},");
    s.append("{\"name\":\"total\",\"type\":{\"type\":\"record\",\"name\":\"Money\",\"fields\":[")
        .append("{\"name\":\"amountMinor\",\"type\":\"long\"},")
        .append("{\"name\":\"currency\",\"type\":\"string\"}]}},");
    s.append("{\"name\":\"lines\",\"type\":{\"type\":\"array\",\"items\":")
        .append("{\"type\":\"record\",\"name\":\"OrderLine\",\"fields\":[")
        .append("{\"name\":\"sku\",\"type\":\"string\"},")
        .append("{\"name\":\"qty\",\"type\":\"int\"},")
        .append("{\"name\":\"unitPrice\",\"type\":\"Money\"}]}}},");
    s.append("{\"name\":\"attributes\",\"type\":{\"type\":\"map\",\"values\":\"string\"},")
        .append("\"default\":{}},");
    s.append("{\"name\":\"shippingAddress\",\"type\":[\"null\",")
        .append("{\"type\":\"record\",\"name\":\"Address\",\"fields\":[")
        .append("{\"name\":\"street\",\"type\":\"string\"},")
        .append("{\"name\":\"city\",\"type\":\"string\"},")
        .append("{\"name\":\"country\",\"type\":\"string\",\"default\":\"NL\"}");
    for (int k = 1; k <= extras / 7; k++) {
      s.append(",{\"name\":\"line")
          .append(k)
          .append("\",\"type\":[\"null\",\"string\"],\"default\":null}");
    }
    s.append("]}],\"default\":null}");
    for (int j = 1; j <= extras; j++) {
      s.append(',');
      extraField(s, j);
    }
    s.append("]}");
    return s.toString();
  }

  private static void extraField(StringBuilder s, int j) {
    switch (j % 6) {
      case 0 ->
          s.append("{\"name\":\"note")
              .append(j)
              .append("\",\"type\":[\"null\",\"string\"],\"default\":null,")
              .append("\"doc\":\"Free text added in version ")
              .append(j + 1)
              .append(".\"}");
      case 1 ->
          s.append("{\"name\":\"pickup")
              .append(j)
              .append("\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"PickupPoint")
              .append(j)
              .append("\",\"fields\":[")
              .append("{\"name\":\"code\",\"type\":\"string\"},")
              .append("{\"name\":\"openFrom\",\"type\":[\"null\",")
              .append("{\"type\":\"int\",\"logicalType\":\"time-millis\"}],\"default\":null},")
              .append("{\"name\":\"location\",\"type\":[\"null\",\"Address\"],\"default\":null}")
              .append("]}],\"default\":null}");
      case 2 ->
          s.append("{\"name\":\"channel")
              .append(j)
              .append("\",\"type\":[\"null\",{\"type\":\"enum\",\"name\":\"Channel")
              .append(j)
              .append("\",\"symbols\":[\"UNKNOWN\",\"WEB\",\"IOS\",\"ANDROID\",\"STORE\"],")
              .append("\"default\":\"UNKNOWN\"}],\"default\":null}");
      case 3 ->
          s.append("{\"name\":\"points").append(j).append("\",\"type\":\"long\",\"default\":0}");
      case 4 ->
          s.append("{\"name\":\"tags")
              .append(j)
              .append("\",\"type\":[\"null\",{\"type\":\"array\",\"items\":\"string\"}],")
              .append("\"default\":null}");
      default ->
          s.append("{\"name\":\"metric")
              .append(j)
              .append("\",\"type\":[\"null\",\"string\",\"long\",\"double\",")
              .append("{\"type\":\"map\",\"values\":\"double\"}],\"default\":null}");
    }
  }
}
