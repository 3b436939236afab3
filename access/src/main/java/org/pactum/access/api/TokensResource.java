package org.pactum.access.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.access.core.AccessException;
import org.pactum.access.core.ApiToken;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.NewToken;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.Durations;
import org.pactum.api.input.JsonFields;
import org.pactum.api.input.Texts;
import org.pactum.api.input.Timestamps;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;

/**
 * API tokens under {@code /api/v1/tokens}, for administrators ({@link Action#TOKEN_ADMIN}):
 *
 * <pre>{@code
 * POST {"name": "ci-main", "role": "producer", "teams": ["checkout"], "expires_in": "90d"}
 *   → 201 {"name": …, "role": …, "teams": […], "state": "active", "created_at": …,
 *          "created_by": …, "expires_at": …, "last_used_at": null, "revoked_at": null,
 *          "secret": "pct_…"}            // the only time the secret is shown
 * GET  ?revoked=true&limit=&next=  → {"tokens": [...], "next": …}   // by name; no secrets
 * GET  /{name}                     → the token of that name not revoked
 * DELETE /{name}                   → revokes it; answers it, revoked
 * }</pre>
 *
 * {@code expires_at} (a time) or {@code expires_in} (e.g. {@code 90d}, at most {@link
 * #MAX_LIFETIME}); neither: the token lasts until revoked.
 */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokensResource {
  /** {@code GET /api/v1/tokens}: 100 a page by default, at most 500. */
  static final Paging PAGING = new Paging("tokens", 100, 500);

  /** The longest a token may be made to last: five years. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(5 * 366);

  static final Set<String> FIELDS = Set.of("name", "role", "teams", "expires_at", "expires_in");

  private final ApiTokens tokens;
  private final Clock clock;

  public TokensResource(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.TOKEN_ADMIN)
  public Response create(@Context SecurityContext security, JsonNode body) {
    Instant now = clock.instant();
    NewToken created = tokens.create(caller(security), request(body, now));
    return Response.created(URI.create("/api/v1/tokens/" + created.token().name()))
        .entity(TokenJson.created(created, now))
        .build();
  }

  @GET
  @Requires(Action.TOKEN_ADMIN)
  public Page<TokenJson> list(
      @Context SecurityContext security,
      @QueryParam("revoked") boolean revoked,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    PageRequest page = PageRequest.of(PAGING, 2, limit, next);
    TokenName afterName = null;
    long afterId = 0;
    if (page.after() != null) {
      if (!TokenName.valid(page.after().text(0))) {
        throw AccessException.invalid("next: not a cursor this endpoint issued");
      }
      afterName = TokenName.of(page.after().text(0));
      afterId = page.after().number(1);
    }
    List<ApiToken> rows =
        tokens.list(caller(security), revoked, afterName, afterId, page.fetchSize());
    Instant now = clock.instant();
    return page.page("tokens", rows, t -> List.of(t.name().value(), Long.toString(t.id())))
        .map(t -> TokenJson.of(t, now));
  }

  @GET
  @Path("/{name}")
  @Requires(Action.TOKEN_ADMIN)
  public TokenJson get(@Context SecurityContext security, @PathParam("name") String name) {
    return TokenJson.of(tokens.get(caller(security), named(name)), clock.instant());
  }

  @DELETE
  @Path("/{name}")
  @Requires(Action.TOKEN_ADMIN)
  public TokenJson revoke(@Context SecurityContext security, @PathParam("name") String name) {
    return TokenJson.of(tokens.revoke(caller(security), named(name)), clock.instant());
  }

  /** Who asks; the rule ({@code @Requires(TOKEN_ADMIN)}) has already let only administrators in. */
  private static Principal caller(SecurityContext security) {
    return Authorization.principal(security);
  }

  private static TokenName named(String name) {
    if (!TokenName.valid(name)) {
      throw new AccessException(
          AccessException.Reason.UNKNOWN_TOKEN,
          "no API token named '" + Texts.printable(name) + "' (not revoked)");
    }
    return TokenName.of(name);
  }

  static TokenRequest request(JsonNode body, Instant now) {
    if (body == null || !body.isObject()) {
      throw AccessException.invalid("a JSON object body is required");
    }
    JsonFields.only(body, FIELDS);
    TokenName name = TokenName.of(text(body, "name", true));
    String roleText = text(body, "role", true);
    Role role =
        Role.parse(roleText)
            .orElseThrow(
                () ->
                    AccessException.invalid(
                        "role: '"
                            + Texts.printable(roleText)
                            + "' is not a role; roles: "
                            + Role.names()));
    Set<TeamName> teams = new TreeSet<>();
    for (String t : texts(body, "teams")) {
      teams.add(
          TeamName.parse(t)
              .orElseThrow(
                  () ->
                      AccessException.invalid(
                          "teams: '" + Texts.printable(t) + "' is not a team name")));
    }
    return TokenRequest.of(name, role, teams, expiry(body, now));
  }

  private static Optional<Instant> expiry(JsonNode body, Instant now) {
    Instant at = Timestamps.parse("expires_at", text(body, "expires_at", false));
    String in = text(body, "expires_in", false);
    if (at != null && in != null) {
      throw AccessException.invalid("expires_at or expires_in, not both");
    }
    if (in != null) {
      Duration d;
      try {
        d = io.dropwizard.util.Duration.parse(in).toJavaDuration();
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw AccessException.invalid(
            "expires_in must look like 90d or 12h, not '" + Texts.printable(in) + "'");
      }
      Durations.check("expires_in", d, MAX_LIFETIME);
      at = Timestamps.check("expires_in", now.plus(d));
    }
    if (at != null && at.isAfter(now.plus(MAX_LIFETIME))) {
      throw AccessException.invalid(
          "expires_at: at most " + Durations.describe(MAX_LIFETIME) + " from now");
    }
    return Optional.ofNullable(at);
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw AccessException.invalid(field + " is required");
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw AccessException.invalid(field + " must be a non-empty string");
    }
    return v.asText().strip();
  }

  private static List<String> texts(JsonNode body, String field) {
    JsonNode v = body.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw AccessException.invalid(field + " must be a list of strings");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw AccessException.invalid(field + " must be a list of strings");
      }
      out.add(e.asText());
    }
    return out;
  }
}
