package org.pactum.api.auth.oidc;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

/**
 * The {@code auth.oidc:} section: the OpenID Connect issuer people sign in with, and how their
 * tokens' claims map to Pactum's roles and teams. {@link #toSettings} fails at start-up naming the
 * field that is wrong.
 *
 * <pre>{@code
 * auth:
 *   oidc:
 *     issuer: https://login.example.com/realms/data
 *     audience: pactum
 *     clientId: pactum
 *     clientSecret: ${PACTUM_OIDC_CLIENT_SECRET:-}
 *     roleClaim: groups
 *     groupMappings:
 *       data-platform: {role: admin}
 *       checkout-devs: {role: producer, teams: [checkout]}
 * }</pre>
 */
public class OidcConfig {
  /** The largest clock skew accepted. */
  static final Duration MAX_SKEW = Duration.minutes(10);

  /**
   * The issuer's URL, exactly as its tokens' {@code iss} and its discovery document say: https, or
   * http on a loopback address (local development).
   */
  @JsonProperty public String issuer;

  /** The {@code aud} values accepted (one is enough): Pactum's client id or API identifier. */
  @JsonProperty
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<String> audience = List.of();

  /** Pactum's client id at the issuer, for the UI's sign-in. */
  @JsonProperty public String clientId;

  /** Pactum's client secret; from the environment, never written in the file. */
  @JsonProperty public String clientSecret;

  /**
   * The claim holding a person's groups or roles (a string or a list; {@code a.b} reaches into
   * objects).
   */
  @JsonProperty public String roleClaim = "groups";

  /** A claim holding team names directly, if the issuer has one. */
  @JsonProperty public String teamClaim;

  /** The claim shown as a person's name. */
  @JsonProperty public String nameClaim = "preferred_username";

  /** Group (a value of {@code roleClaim}) → the role and teams it grants. */
  @JsonProperty public Map<String, GroupMappingConfig> groupMappings = new LinkedHashMap<>();

  /**
   * The role of a person whose claims grant none (never {@code admin}); unset: such a person is
   * refused.
   */
  @JsonProperty public String defaultRole;

  /** How far a token's {@code exp} and {@code nbf} may be off this server's clock. */
  @JsonProperty public Duration clockSkew = Duration.seconds(60);

  /** How many verified tokens are remembered (each until it expires). */
  @JsonProperty public int verifiedTokenCache = 10_000;

  /** One entry of {@code groupMappings}. */
  public static class GroupMappingConfig {
    @JsonProperty public String role;

    @JsonProperty
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public List<String> teams = List.of();
  }

  /** The settings, checked; an error names the field ({@code auth.oidc.issuer: …}). */
  public OidcSettings toSettings() {
    return new OidcSettings(
        issuer(),
        audiences(),
        client(),
        new ClaimMapping(
            required("roleClaim", roleClaim),
            optional(teamClaim),
            required("nameClaim", nameClaim),
            groups(),
            defaultRole()),
        skew().toJavaDuration(),
        cacheSize());
  }

  private URI issuer() {
    String text = required("issuer", issuer);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw bad("issuer", "not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw bad("issuer", "an absolute URL is required, e.g. https://login.example.com/realms/x");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw bad("issuer", "an issuer URL has no query and no fragment");
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && loopback(uri.getHost()))) {
      throw bad("issuer", "must be https (http only on localhost, for development)");
    }
    return uri;
  }

  private static boolean loopback(String host) {
    return Set.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host.toLowerCase(Locale.ROOT));
  }

  private Set<String> audiences() {
    Set<String> out = new LinkedHashSet<>();
    for (String a : audience == null ? List.<String>of() : audience) {
      if (a == null || a.isBlank()) {
        throw bad("audience", "an audience is a non-empty string");
      }
      out.add(a.strip());
    }
    if (out.isEmpty()) {
      throw bad(
          "audience",
          "required: the aud value Pactum's tokens carry (its client id or API identifier), so"
              + " tokens the issuer made for other applications are refused");
    }
    return out;
  }

  private Optional<ClientCredentials> client() {
    Optional<String> id = optional(clientId);
    Optional<String> secret = optional(clientSecret);
    if (id.isEmpty() && secret.isPresent()) {
      throw bad("clientSecret", "given without auth.oidc.clientId");
    }
    return id.map(i -> new ClientCredentials(i, secret));
  }

  private Map<String, GroupMapping> groups() {
    Map<String, GroupMapping> out = new LinkedHashMap<>();
    if (groupMappings == null) {
      return out;
    }
    for (Map.Entry<String, GroupMappingConfig> e : groupMappings.entrySet()) {
      String field = "groupMappings." + e.getKey();
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw bad("groupMappings", "a group name is a non-empty string");
      }
      GroupMappingConfig g = e.getValue();
      if (g == null) {
        throw bad(field, "needs a role, teams, or both");
      }
      Optional<Role> role = optional(g.role).map(r -> role(field + ".role", r));
      Set<TeamName> teams = new TreeSet<>();
      for (String t : g.teams == null ? List.<String>of() : g.teams) {
        teams.add(
            TeamName.parse(t)
                .orElseThrow(() -> bad(field + ".teams", "'" + t + "' is not a team name")));
      }
      if (role.isEmpty() && teams.isEmpty()) {
        throw bad(field, "needs a role, teams, or both");
      }
      out.put(e.getKey(), GroupMapping.of(role.orElse(null), teams));
    }
    return out;
  }

  private Optional<Role> defaultRole() {
    Optional<Role> role = optional(defaultRole).map(r -> role("defaultRole", r));
    if (role.equals(Optional.of(Role.ADMIN))) {
      throw bad(
          "defaultRole",
          "admin would make everyone the issuer knows an administrator; map a group to admin"
              + " in auth.oidc.groupMappings instead");
    }
    return role;
  }

  private Duration skew() {
    if (clockSkew == null) {
      throw bad("clockSkew", "required, e.g. 60s");
    }
    if (clockSkew.toJavaDuration().isNegative()
        || clockSkew.toJavaDuration().compareTo(MAX_SKEW.toJavaDuration()) > 0) {
      throw bad("clockSkew", "from 0s to " + MAX_SKEW);
    }
    return clockSkew;
  }

  private int cacheSize() {
    if (verifiedTokenCache < 1 || verifiedTokenCache > 1_000_000) {
      throw bad("verifiedTokenCache", "from 1 to 1000000");
    }
    return verifiedTokenCache;
  }

  private static Role role(String field, String text) {
    return Role.parse(text)
        .orElseThrow(() -> bad(field, "'" + text + "' is not a role; roles: " + Role.names()));
  }

  private static String required(String field, String value) {
    return optional(value).orElseThrow(() -> bad(field, "required"));
  }

  private static Optional<String> optional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static IllegalArgumentException bad(String field, String message) {
    return new IllegalArgumentException("auth.oidc." + field + ": " + message);
  }
}
