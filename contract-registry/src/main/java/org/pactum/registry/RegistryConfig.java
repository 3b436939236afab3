package org.pactum.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.api.auth.TeamName;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.RegistrySettings;
import org.pactum.registry.core.SubjectTeams;

/**
 * The schema registry's configuration section. Every option has a working default:
 *
 * <pre>{@code
 * registry:
 *   defaultCompatibility: BACKWARD   # the global level until PUT /config sets one
 *   maxSchemaSize: 1MiB              # schema + references, UTF-8; larger → 422 / 42209
 *   maxNestingDepth: 256             # deeper → 422 / 42201
 *   cacheSize: 10000                 # schemas by id held in memory
 *   subjectTeams: {"orders.": checkout}  # who may claim subjects no contract owns (producers)
 * }</pre>
 */
public class RegistryConfig {

  @NotNull private CompatibilityMode defaultCompatibility = CompatibilityMode.BACKWARD;

  @NotNull private DataSize maxSchemaSize = DataSize.mebibytes(1);

  @Min(1)
  @Max(10_000)
  private int maxNestingDepth = 256;

  @Min(0)
  private long cacheSize = 10_000;

  /**
   * Subject prefix → the team that claims subjects no contract owns yet ({@code "orders.":
   * checkout}).
   */
  @NotNull private Map<String, String> subjectTeams = Map.of();

  @JsonProperty
  public CompatibilityMode getDefaultCompatibility() {
    return defaultCompatibility;
  }

  @JsonProperty
  public void setDefaultCompatibility(CompatibilityMode defaultCompatibility) {
    this.defaultCompatibility = defaultCompatibility;
  }

  @JsonProperty
  public DataSize getMaxSchemaSize() {
    return maxSchemaSize;
  }

  @JsonProperty
  public void setMaxSchemaSize(DataSize maxSchemaSize) {
    this.maxSchemaSize = maxSchemaSize;
  }

  @JsonProperty
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  @JsonProperty
  public void setMaxNestingDepth(int maxNestingDepth) {
    this.maxNestingDepth = maxNestingDepth;
  }

  @JsonProperty
  public long getCacheSize() {
    return cacheSize;
  }

  @JsonProperty
  public void setCacheSize(long cacheSize) {
    this.cacheSize = cacheSize;
  }

  @JsonProperty
  public Map<String, String> getSubjectTeams() {
    return subjectTeams;
  }

  @JsonProperty
  public void setSubjectTeams(Map<String, String> subjectTeams) {
    this.subjectTeams = subjectTeams;
  }

  /** The settings the registry runs with. */
  public RegistrySettings toSettings() {
    long bytes = maxSchemaSize.toBytes();
    if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "registry.maxSchemaSize must be between 1 byte and 2 GiB, got " + maxSchemaSize);
    }
    return new RegistrySettings(
        defaultCompatibility, (int) bytes, maxNestingDepth, cacheSize, subjectTeams());
  }

  private SubjectTeams subjectTeams() {
    Map<String, TeamName> teams = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : subjectTeams.entrySet()) {
      if (e.getKey() == null || e.getKey().isEmpty()) {
        throw new IllegalArgumentException("registry.subjectTeams: a prefix is not empty");
      }
      teams.put(
          e.getKey(),
          TeamName.parse(e.getValue())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "registry.subjectTeams: '"
                              + e.getValue()
                              + "' (for '"
                              + e.getKey()
                              + "') is not a team name")));
    }
    return new SubjectTeams(teams);
  }
}
