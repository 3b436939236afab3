package org.pactum.lineage;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.pactum.lineage.core.LineageSettings;

/**
 * The lineage section of the configuration. Every option has a working default:
 *
 * <pre>{@code
 * lineage:
 *   defaultNamespace: warehouse   # namespace (datasource name) of tables in SQL posted without one
 *   defaultSchema: public         # schema of unqualified table names (SQL and contract tables)
 *   sqlJobNamespace: pactum.sql   # job namespace of SQL-derived lineage
 *   defaultDepth: 5               # walk depth when a query names none
 *   maxDepth: 20                  # the deepest walk a query may ask for
 *   namespaces:                   # OpenLineage dataset namespace → Pactum datasource name
 *     "postgres://warehouse-db:5432": warehouse
 * }</pre>
 *
 * <p>Dataset naming: a contract's dataset is namespace = its {@code dataset.datasource}, name = its
 * {@code dataset.table}; map the namespaces your OpenLineage producers use to datasource names so
 * their datasets meet the contracts'.
 */
public class LineageConfig {
  @NotBlank private String defaultNamespace = "warehouse";
  @NotBlank private String defaultSchema = "public";
  @NotBlank private String sqlJobNamespace = "pactum.sql";

  @Min(1)
  @Max(100)
  private int defaultDepth = 5;

  @Min(1)
  @Max(100)
  private int maxDepth = 20;

  @NotNull private Map<String, String> namespaces = new LinkedHashMap<>();

  @JsonProperty
  public String getDefaultNamespace() {
    return defaultNamespace;
  }

  @JsonProperty
  public void setDefaultNamespace(String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
  }

  @JsonProperty
  public String getDefaultSchema() {
    return defaultSchema;
  }

  @JsonProperty
  public void setDefaultSchema(String defaultSchema) {
    this.defaultSchema = defaultSchema;
  }

  @JsonProperty
  public String getSqlJobNamespace() {
    return sqlJobNamespace;
  }

  @JsonProperty
  public void setSqlJobNamespace(String sqlJobNamespace) {
    this.sqlJobNamespace = sqlJobNamespace;
  }

  @JsonProperty
  public int getDefaultDepth() {
    return defaultDepth;
  }

  @JsonProperty
  public void setDefaultDepth(int defaultDepth) {
    this.defaultDepth = defaultDepth;
  }

  @JsonProperty
  public int getMaxDepth() {
    return maxDepth;
  }

  @JsonProperty
  public void setMaxDepth(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  @JsonProperty
  public Map<String, String> getNamespaces() {
    return namespaces;
  }

  @JsonProperty
  public void setNamespaces(Map<String, String> namespaces) {
    this.namespaces = namespaces == null ? new LinkedHashMap<>() : namespaces;
  }

  /** The settings; the default depth must not exceed the maximum. */
  public LineageSettings toSettings() {
    if (defaultDepth > maxDepth) {
      throw new IllegalArgumentException("lineage.defaultDepth must not exceed lineage.maxDepth");
    }
    return new LineageSettings(
        defaultNamespace, defaultSchema, sqlJobNamespace, defaultDepth, maxDepth);
  }

  /** OpenLineage namespace → datasource name; unmapped namespaces pass unchanged. */
  public UnaryOperator<String> namespaceMapping() {
    Map<String, String> copy = Map.copyOf(namespaces);
    return ns -> copy.getOrDefault(ns, ns);
  }
}
