package org.pactum.bench.erasure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;

/**
 * The contracts of {@link WarehouseGenerator}'s tables, keyed by {@code customer_id}: the first
 * half erased by {@code delete_row}, the second by nullify (email), hash (name) and redact (note).
 */
final class WarehouseContracts {
  private WarehouseContracts() {}

  static List<DataContract> of(ErasureBenchOptions o) {
    List<DataContract> out = new ArrayList<>();
    for (int t = 0; t < o.datasets(); t++) {
      Map<String, PiiField> fields = new LinkedHashMap<>();
      if (t < o.datasets() / 2) {
        fields.put("customer_id", new PiiField(ErasureAction.DELETE_ROW));
        fields.put("email", new PiiField(ErasureAction.NULLIFY));
      } else {
        fields.put("email", new PiiField(ErasureAction.NULLIFY));
        fields.put("name", new PiiField(ErasureAction.HASH));
        fields.put("note", new PiiField(ErasureAction.REDACT));
      }
      out.add(
          new DataContract(
              "bench.t%02d".formatted(t),
              "1.0.0",
              ContractStatus.ACTIVE,
              new Owner("bench", null, null, null),
              null,
              new SchemaSpec(SchemaFormat.AVRO, "x.avsc", null, CompatibilityMode.BACKWARD),
              new Dataset("wh", "wh.t%02d".formatted(t), null),
              List.of(),
              new Pii("customer", "customer_id", fields)));
    }
    return out;
  }
}
