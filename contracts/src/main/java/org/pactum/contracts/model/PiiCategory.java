package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of personal data a column holds; drives masking and reporting. */
public enum PiiCategory {
  IDENTIFIER,
  NAME,
  EMAIL,
  PHONE,
  ADDRESS,
  BIRTH_DATE,
  GOVERNMENT_ID,
  FINANCIAL,
  LOCATION,
  IP_ADDRESS,
  DEVICE_ID,
  HEALTH,
  OTHER;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PiiCategory> parse(String text) {
    return Arrays.stream(values()).filter(c -> c.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(PiiCategory::yamlName).toList();
  }
}
