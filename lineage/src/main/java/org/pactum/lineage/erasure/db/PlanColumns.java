package org.pactum.lineage.erasure.db;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.contracts.model.ErasureAction;

/**
 * A planned dataset's columns as stored in {@code erasure_dataset.columns}: column → action name
 * ({@code "nullify"}), or for a retained column {@code {"erasure": "retain", "legal_basis": "…"}}.
 * Plans stored before {@code retain} existed hold only names and read back unchanged.
 */
final class PlanColumns {
  static final TypeReference<LinkedHashMap<String, Object>> TYPE = new TypeReference<>() {};
  private static final String ERASURE = "erasure";
  private static final String LEGAL_BASIS = "legal_basis";

  /** What was read: the erased columns' actions and the retained columns' legal basis. */
  record Read(Map<String, ErasureAction> actions, Map<String, String> retained) {}

  private PlanColumns() {}

  static Map<String, Object> write(
      Map<String, ErasureAction> actions, Map<String, String> retained) {
    Map<String, Object> m = new LinkedHashMap<>();
    actions.forEach((c, a) -> m.put(c, a.yamlName()));
    retained.forEach(
        (c, basis) -> {
          Map<String, String> r = new LinkedHashMap<>();
          r.put(ERASURE, ErasureAction.RETAIN.yamlName());
          r.put(LEGAL_BASIS, basis);
          m.put(c, r);
        });
    return m;
  }

  static Read read(Map<String, Object> stored) {
    Map<String, ErasureAction> actions = new LinkedHashMap<>();
    Map<String, String> retained = new LinkedHashMap<>();
    stored.forEach(
        (c, a) -> {
          if (a instanceof String name) {
            actions.put(c, action(name));
          } else if (a instanceof Map<?, ?> m
              && ErasureAction.RETAIN.yamlName().equals(m.get(ERASURE))
              && m.get(LEGAL_BASIS) instanceof String basis) {
            retained.put(c, basis);
          } else {
            throw new IllegalStateException("stored erasure of column " + c + " is malformed");
          }
        });
    return new Read(actions, retained);
  }

  /** A stored name; a bare {@code retain} (no basis) is never written and not accepted. */
  private static ErasureAction action(String name) {
    return ErasureAction.parse(name)
        .filter(a -> a != ErasureAction.RETAIN)
        .orElseThrow(() -> new IllegalStateException("stored action " + name));
  }
}
