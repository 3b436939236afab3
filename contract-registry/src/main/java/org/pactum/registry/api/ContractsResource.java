package org.pactum.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.NotAllowedException;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.BodyTooLargeException;
import org.pactum.api.input.JsonFields;
import org.pactum.api.input.MalformedBodyException;
import org.pactum.api.input.QueryFlags;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;
import org.pactum.registry.core.contract.ContractCatalogException;
import org.pactum.registry.core.contract.ContractError;
import org.pactum.registry.core.contract.ContractLifecycle;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.ContractSubmission;
import org.pactum.registry.core.contract.ContractVersion;
import org.pactum.registry.core.contract.Ownership;
import org.pactum.registry.core.contract.PublishResult;
import org.pactum.registry.core.contract.Publisher;
import org.pactum.registry.core.contract.SubmissionLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pactum's contract API under {@code /api/v1/contracts}; see contract-registry/README.md. */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
public final class ContractsResource {
  /** {@code GET /api/v1/contracts}: 100 contracts a page by default, at most 500. */
  static final Paging PAGING = new Paging("contracts", 100, 500);

  private static final Logger LOG = LoggerFactory.getLogger(ContractsResource.class);

  private final ContractService contracts;
  private final ContractLifecycle lifecycle;
  private final Ownership ownership;
  private final ObjectMapper json;
  private final SubmissionLimits limits;

  public ContractsResource(
      ContractService contracts,
      ContractLifecycle lifecycle,
      Ownership ownership,
      ObjectMapper json,
      SubmissionLimits limits) {
    this.contracts = contracts;
    this.lifecycle = lifecycle;
    this.ownership = ownership;
    this.json = json;
    this.limits = limits;
  }

  /** Publishes a contract: 201 with a new version, 200 when the content is already the latest. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Requires(Action.CONTRACT_PUBLISH)
  public Response publish(@Context SecurityContext security, InputStream body)
      throws JsonProcessingException {
    Principal caller = Authorization.principal(security);
    ContractSubmission submission = submission(body);
    String source =
        submission.path() == null
            ? "api"
            : "api "
                + submission
                    .path()
                    .replaceAll("\\p{Cntrl}", "?")
                    .substring(0, Math.min(512, submission.path().length()));
    PublishResult r =
        guard(
            () ->
                contracts.publish(
                    submission,
                    Publisher.api(source),
                    (id, team) -> ownership.mayPublish(caller, id, team)));
    ContractJson.Published entity = ContractJson.Published.of(r);
    if (!r.created()) {
      return Response.ok(entity).build();
    }
    return Response.created(
            UriBuilder.fromPath("/api/v1/contracts/{id}/versions/{v}")
                .build(r.contractId(), r.versionNo()))
        .entity(entity)
        .build();
  }

  /**
   * A page of the catalog: the latest version of each contract, by id, as {@code {"contracts":
   * [...], "next": …}}; {@code limit} 1–500 (default 100), {@code next} the previous page's cursor.
   */
  @GET
  @Requires(Action.READ)
  public Page<ContractJson.Summary> list(
      @QueryParam("limit") String limit, @QueryParam("next") String next) {
    PageRequest page = PageRequest.of(PAGING, 1, limit, next);
    String after = page.after() == null ? null : page.after().text(0);
    return guard(
        () ->
            page.page(
                    "contracts",
                    contracts.latestOfEach(after, page.fetchSize()),
                    v -> List.of(v.contractId()))
                .map(ContractJson.Summary::of));
  }

  /** The status every consumer acts on, the latest version and the list of versions. */
  @GET
  @Path("/{id}")
  @Requires(Action.READ)
  public ContractJson.Contract contract(@PathParam("id") String id) {
    return guard(
        () -> {
          List<ContractVersion> all = contracts.versions(id);
          return new ContractJson.Contract(
              id,
              lifecycle.standing(id).status().yamlName(),
              ContractJson.Summary.of(all.get(all.size() - 1)),
              all.stream().map(ContractJson.VersionRef::of).toList());
        });
  }

  /** The contract's standing: status, who manages it, its latest version. */
  @GET
  @Path("/{id}/status")
  @Requires(Action.READ)
  public ContractJson.Standing status(@PathParam("id") String id) {
    return guard(() -> ContractJson.Standing.of(lifecycle.standing(id)));
  }

  /**
   * Retires the contract (no new runs or schedules; its versions and quality history stay), or with
   * {@code permanent=true} deletes a retired contract for good, with its history.
   */
  @DELETE
  @Path("/{id}")
  @Requires(Action.REGISTRY_ADMIN)
  public Response delete(@PathParam("id") String id, @QueryParam("permanent") String permanent) {
    if (!QueryFlags.parse("permanent", permanent, false)) {
      return Response.ok(guard(() -> ContractJson.Standing.of(lifecycle.retire(id)))).build();
    }
    return Response.ok(guard(() -> ContractJson.Deleted.of(lifecycle.deletePermanently(id))))
        .build();
  }

  /** One version ({@code latest} or a number): the document, its files and findings. */
  @GET
  @Path("/{id}/versions/{version}")
  @Requires(Action.READ)
  public ContractJson.Version version(
      @PathParam("id") String id, @PathParam("version") String version) {
    int v = versionNo(version, "version", true);
    return guard(() -> ContractJson.Version.of(contracts.version(id, v)));
  }

  /** Version {@code to} compared with version {@code from}. */
  @GET
  @Path("/{id}/diff")
  @Requires(Action.READ)
  public ContractJson.Diff diff(
      @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
    int f = versionNo(from, "from", true);
    int t = versionNo(to == null ? "latest" : to, "to", true);
    return guard(
        () -> {
          int fromNo = f == -1 ? contracts.version(id, -1).versionNo() : f;
          int toNo = t == -1 ? contracts.version(id, -1).versionNo() : t;
          return ContractJson.Diff.of(contracts.diff(id, fromNo, toNo));
        });
  }

  /** A dry run of publishing: every finding, nothing stored. */
  @POST
  @Path("/{id}/check")
  @Consumes(MediaType.WILDCARD)
  @Requires(Action.CONTRACT_CHECK)
  public ContractJson.Checked check(@PathParam("id") String id, InputStream body)
      throws JsonProcessingException {
    ContractSubmission submission = submission(body);
    return guard(() -> ContractJson.Checked.of(contracts.check(id, submission)));
  }

  // ---------------------------------------------------------------- helpers

  private ContractSubmission submission(InputStream body) throws JsonProcessingException {
    byte[] bytes;
    try {
      // JSON escapes can make the body larger than the texts: allow for it
      long max = limits.maxBytes() * 2 + 64 * 1024;
      bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new ContractCatalogException(
            ContractError.INVALID_FILES, "the request body is larger than " + max + " bytes");
      }
    } catch (BodyTooLargeException | MalformedBodyException e) {
      throw new UncheckedIOException(e); // the edge answers: 413, or 400 for a bad encoding
    } catch (IOException e) {
      throw new ContractCatalogException(
          ContractError.MALFORMED_REQUEST, "the request body could not be read");
    }
    if (bytes.length == 0) {
      throw malformed("the request body is empty");
    }
    ContractJson.Submission s;
    try {
      s =
          json.treeToValue(
              JsonFields.only(json.readTree(bytes), ContractJson.Submission.FIELDS),
              ContractJson.Submission.class);
    } catch (JsonProcessingException e) {
      throw e; // the edge answers: 400 where the parser stopped, or 422 naming the field
    } catch (IOException e) {
      throw malformed("the request body could not be read");
    }
    return new ContractSubmission(s.contract(), s.path(), s.files());
  }

  private static ContractCatalogException malformed(String message) {
    return new ContractCatalogException(ContractError.MALFORMED_REQUEST, message);
  }

  /** A version number ≥ 1, or {@code latest} (-1). */
  private static int versionNo(String text, String name, boolean latestAllowed) {
    if (text == null || text.isBlank()) {
      throw new ContractCatalogException(
          ContractError.INVALID_REQUEST, "the query parameter '" + name + "' is required");
    }
    String t = text.trim();
    if (latestAllowed && t.toLowerCase(Locale.ROOT).equals("latest")) {
      return -1;
    }
    try {
      int v = Integer.parseInt(t);
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new ContractCatalogException(
        ContractError.INVALID_REQUEST,
        "'" + abbreviated(t) + "' is not a version: expected 1, 2, … or latest");
  }

  /** At most 20 characters of a client's text, control characters replaced, for a message. */
  private static String abbreviated(String text) {
    String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }

  /**
   * Where an exception was thrown: logged instead of its message, which may quote the request body.
   */
  private static String topFrame(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }

  /** Runs the call; anything unexpected becomes 50001 with an id to find the logged cause by. */
  private static <T> T guard(Supplier<T> call) {
    try {
      return call.get();
    } catch (ContractCatalogException | NotAllowedException | WebApplicationException e) {
      throw e;
    } catch (RuntimeException e) {
      String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
      LOG.atError()
          .addKeyValue("event", "contract_api_error")
          .addKeyValue("error_id", id)
          .addKeyValue("error", e.getClass().getName())
          .addKeyValue("at", topFrame(e))
          .log("contract api error");
      throw new ContractCatalogException(
          ContractError.INTERNAL,
          "internal error in the contract API; it has been logged with id " + id,
          List.of(),
          e);
    }
  }
}
