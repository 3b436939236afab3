package org.pactum.registry.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Objects;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.registry.core.InvalidCompatibilityLevelException;
import org.pactum.registry.core.SchemaRegistry;

/** Confluent's {@code /config} resources: global and per-subject compatibility levels. */
@Path("/config")
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
public final class ConfigResource {
  private final SchemaRegistry registry;

  public ConfigResource(SchemaRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @GET
  @Requires(Action.READ)
  public ConfigResponse global() {
    return new ConfigResponse(registry.globalCompatibility().name());
  }

  @PUT
  @Requires(Action.REGISTRY_ADMIN)
  public ConfigUpdateRequest setGlobal(ConfigUpdateRequest request) {
    return new ConfigUpdateRequest(registry.setGlobalCompatibility(level(request)).name());
  }

  @DELETE
  @Requires(Action.REGISTRY_ADMIN)
  public ConfigResponse deleteGlobal() {
    return new ConfigResponse(registry.deleteGlobalCompatibility().name());
  }

  @GET
  @Path("/{subject}")
  @Requires(Action.READ)
  public ConfigResponse subject(
      @PathParam("subject") String subject,
      @QueryParam("defaultToGlobal") boolean defaultToGlobal) {
    return new ConfigResponse(registry.subjectCompatibility(subject, defaultToGlobal).name());
  }

  @PUT
  @Path("/{subject}")
  @Requires(Action.REGISTRY_ADMIN)
  public ConfigUpdateRequest setSubject(
      @PathParam("subject") String subject, ConfigUpdateRequest request) {
    return new ConfigUpdateRequest(
        registry.setSubjectCompatibility(subject, level(request)).name());
  }

  @DELETE
  @Path("/{subject}")
  @Requires(Action.REGISTRY_ADMIN)
  public ConfigResponse deleteSubject(@PathParam("subject") String subject) {
    return new ConfigResponse(registry.deleteSubjectCompatibility(subject).name());
  }

  private static String level(ConfigUpdateRequest request) {
    if (request == null || request.compatibility() == null) {
      throw new InvalidCompatibilityLevelException(
          "Invalid compatibility level: the request must name one, e.g. {\"compatibility\":"
              + " \"BACKWARD\"}");
    }
    return request.compatibility();
  }
}
