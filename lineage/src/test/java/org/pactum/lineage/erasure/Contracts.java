package org.pactum.lineage.erasure;

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

/** Contracts built in code for the erasure tests. */
public final class Contracts {
  private Contracts() {}

  /** A contract on {@code datasource.table} with {@code pii} (null: none). */
  public static DataContract contract(String id, String datasource, String table, Pii pii) {
    return new DataContract(
        id,
        "1.0.0",
        ContractStatus.ACTIVE,
        new Owner("team", null, null, null),
        null,
        new SchemaSpec(SchemaFormat.AVRO, "x.avsc", null, CompatibilityMode.BACKWARD),
        datasource == null ? null : new Dataset(datasource, table, null),
        List.of(),
        pii);
  }

  /**
   * {@code pii(subject, key, "email", NULLIFY, "name", HASH, "amount", retain("AO §147"), …)}: an
   * action or a whole {@link PiiField}.
   */
  public static Pii pii(String subject, String key, Object... columnActions) {
    Map<String, PiiField> fields = new LinkedHashMap<>();
    for (int i = 0; i < columnActions.length; i += 2) {
      Object v = columnActions[i + 1];
      fields.put(
          (String) columnActions[i], v instanceof PiiField f ? f : new PiiField((ErasureAction) v));
    }
    return new Pii(subject, key, fields);
  }

  /** A field retained on {@code legalBasis}. */
  public static PiiField retain(String legalBasis) {
    return PiiField.retained(legalBasis, null);
  }
}
