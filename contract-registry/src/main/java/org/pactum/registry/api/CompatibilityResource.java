package org.pactum.registry.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Objects;
import java.util.Optional;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.registry.core.CompatibilityVerdict;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.VersionId;

/** Confluent's {@code /compatibility} resources: test a schema before registering it. */
@Path("/compatibility")
@Produces({
  RegistryMediaTypes.V1_JSON_WEIGHTED,
  RegistryMediaTypes.DEFAULT_JSON_WEIGHTED,
  RegistryMediaTypes.JSON_WEIGHTED
})
@Consumes({
  RegistryMediaTypes.V1_JSON,
  RegistryMediaTypes.DEFAULT_JSON,
  RegistryMediaTypes.JSON,
  RegistryMediaTypes.GENERIC_REQUEST
})
public final class CompatibilityResource {
  private final SchemaRegistry registry;

  public CompatibilityResource(SchemaRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Against one version ({@code latest}: compatible when the subject has none). */
  @POST
  @Path("/subjects/{subject}/versions/{version}")
  @Requires(Action.CONTRACT_CHECK)
  public CompatibilityCheckResponse againstVersion(
      @PathParam("subject") String subject,
      @PathParam("version") String version,
      @QueryParam("verbose") boolean verbose,
      RegisterSchemaRequest request) {
    VersionId versionId = VersionId.parse(version);
    return response(
        registry.checkCompatibility(
            subject, Optional.of(versionId), SubjectsResource.required(request).toSubmission()),
        verbose);
  }

  /** Against the versions the subject's compatibility level checks. */
  @POST
  @Path("/subjects/{subject}/versions")
  @Requires(Action.CONTRACT_CHECK)
  public CompatibilityCheckResponse againstLevel(
      @PathParam("subject") String subject,
      @QueryParam("verbose") boolean verbose,
      RegisterSchemaRequest request) {
    return response(
        registry.checkCompatibility(
            subject, Optional.empty(), SubjectsResource.required(request).toSubmission()),
        verbose);
  }

  private static CompatibilityCheckResponse response(CompatibilityVerdict v, boolean verbose) {
    return new CompatibilityCheckResponse(v.compatible(), verbose ? v.messages() : null);
  }
}
