package org.pactum.contracts.pii;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiField;

/**
 * Masks the contract's PII columns (its {@code pii.fields} and the subject {@code pii.key}) in
 * failed-row samples: a value becomes {@code <masked>} or {@code <masked email>}; nulls stay null
 * (that a value is missing is what a not_null failure shows, and it reveals nothing).
 */
public final class PiiMasker {
  private final Map<String, String> masks = new LinkedHashMap<>();

  public PiiMasker(DataContract contract) {
    Pii pii = contract.pii();
    if (pii == null) {
      return;
    }
    for (Map.Entry<String, PiiField> f : pii.fields().entrySet()) {
      masks.put(
          f.getKey(),
          f.getValue().category() == null
              ? "<masked>"
              : "<masked " + f.getValue().category().yamlName() + ">");
    }
    if (pii.key() != null) {
      masks.putIfAbsent(pii.key(), "<masked " + pii.subject() + " id>");
    }
  }

  public boolean masks(String column) {
    return masks.containsKey(column);
  }

  public Object mask(String column, Object value) {
    String mask = masks.get(column);
    return mask == null || value == null ? value : mask;
  }
}
