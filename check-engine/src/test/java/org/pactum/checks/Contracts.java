package org.pactum.checks;

import java.util.List;
import java.util.Map;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiCategory;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.Thresholds;

/** Contracts built in code for tests. */
public final class Contracts {
  public static final SourcePosition AT = SourcePosition.UNKNOWN;

  private Contracts() {}

  public static DataContract contract(String table, String loadScope, List<Check> checks) {
    return contract(table, loadScope, checks, null);
  }

  public static DataContract contract(String table, String loadScope, List<Check> checks, Pii pii) {
    return new DataContract(
        "test.contract",
        "1.2.0",
        ContractStatus.ACTIVE,
        new Owner("team", null, null, null),
        null,
        new SchemaSpec(SchemaFormat.AVRO, "x.avsc", null, CompatibilityMode.BACKWARD),
        new Dataset("warehouse", table, loadScope),
        checks,
        pii);
  }

  public static Pii pii(String key, String... emailFields) {
    Map<String, PiiField> fields = new java.util.LinkedHashMap<>();
    for (String f : emailFields) {
      fields.put(f, new PiiField(ErasureAction.NULLIFY, PiiCategory.EMAIL));
    }
    return new Pii("customer", key, fields);
  }

  public static Bounds between(Double min, Double max) {
    return new Bounds(min, max);
  }

  public static Thresholds strict() {
    return Thresholds.STRICT;
  }

  public static Thresholds mostly(double mostly) {
    return new Thresholds(null, Thresholds.failFromMostly(mostly));
  }
}
