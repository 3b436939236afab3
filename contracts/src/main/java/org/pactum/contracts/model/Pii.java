package org.pactum.contracts.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The personal data in the contract's dataset.
 *
 * @param subject the kind of data subject ({@code customer}, {@code employee}...)
 * @param key the column holding the subject's id, used to find a subject's rows on erasure
 * @param fields PII columns (top-level or dotted nested paths) in contract order
 */
public record Pii(String subject, String key, Map<String, PiiField> fields) {

  public Pii {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
