package org.pactum.access.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pactum.access.core.ApiToken;
import org.pactum.access.core.NewToken;
import org.pactum.api.auth.TeamName;

/**
 * A token as the API shows it. {@code secret} is present only in the answer to the {@code POST}
 * that created it, the one time it is shown.
 */
@JsonPropertyOrder({
  "name",
  "role",
  "teams",
  "state",
  "created_at",
  "created_by",
  "expires_at",
  "last_used_at",
  "revoked_at",
  "secret"
})
record TokenJson(
    @JsonProperty("name") String name,
    @JsonProperty("role") String role,
    @JsonProperty("teams") List<String> teams,
    @JsonProperty("state") String state,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("created_by") String createdBy,
    @JsonProperty("expires_at") Instant expiresAt,
    @JsonProperty("last_used_at") Instant lastUsedAt,
    @JsonProperty("revoked_at") Instant revokedAt,
    @JsonProperty("secret") @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

  static TokenJson of(ApiToken t, Instant now) {
    return new TokenJson(
        t.name().value(),
        t.role().wireName(),
        t.teams().stream().map(TeamName::value).toList(),
        t.state(now).name().toLowerCase(Locale.ROOT),
        t.createdAt(),
        t.createdBy(),
        t.expiresAt().orElse(null),
        t.lastUsedAt().orElse(null),
        t.revokedAt().orElse(null),
        null);
  }

  static TokenJson created(NewToken created, Instant now) {
    TokenJson t = of(created.token(), now);
    return new TokenJson(
        t.name,
        t.role,
        t.teams,
        t.state,
        t.createdAt,
        t.createdBy,
        t.expiresAt,
        t.lastUsedAt,
        t.revokedAt,
        created.secret().reveal());
  }

  @Override
  public String toString() {
    return "TokenJson[" + name + (secret == null ? "" : ", secret=***") + "]";
  }
}
