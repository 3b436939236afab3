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
import org.pactum.registry.core.SchemaRegistry;

/** Confluent's {@code /mode} resources: READWRITE, READONLY or IMPORT, global and per subject. */
@Path("/mode")
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
public final class ModeResource {
  private final SchemaRegistry registry;

  public ModeResource(SchemaRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @GET
  @Requires(Action.READ)
  public ModeJson global() {
    return new ModeJson(registry.globalMode().name());
  }

  @PUT
  @Requires(Action.REGISTRY_ADMIN)
  public ModeJson setGlobal(ModeJson request, @QueryParam("force") boolean force) {
    return new ModeJson(registry.setGlobalMode(mode(request), force).name());
  }

  @GET
  @Path("/{subject}")
  @Requires(Action.READ)
  public ModeJson subject(
      @PathParam("subject") String subject,
      @QueryParam("defaultToGlobal") boolean defaultToGlobal) {
    return new ModeJson(registry.subjectMode(subject, defaultToGlobal).name());
  }

  @PUT
  @Path("/{subject}")
  @Requires(Action.REGISTRY_ADMIN)
  public ModeJson setSubject(
      @PathParam("subject") String subject, ModeJson request, @QueryParam("force") boolean force) {
    return new ModeJson(registry.setSubjectMode(subject, mode(request), force).name());
  }

  @DELETE
  @Path("/{subject}")
  @Requires(Action.REGISTRY_ADMIN)
  public ModeJson deleteSubject(@PathParam("subject") String subject) {
    return new ModeJson(registry.deleteSubjectMode(subject).name());
  }

  private static String mode(ModeJson request) {
    return request == null ? null : request.mode();
  }
}
