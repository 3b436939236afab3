package org.pactum.registry.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.authz.Requires;
import org.pactum.registry.core.ConfluentWindow;
import org.pactum.registry.core.Registration;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.VersionId;
import org.pactum.registry.core.contract.Ownership;
import org.pactum.registry.core.schema.InvalidSchemaException;

/** Confluent's {@code /subjects} resources: subjects, their versions, registration, lookup. */
@Path("/subjects")
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
public final class SubjectsResource {
  private final SchemaRegistry registry;
  private final Ownership ownership;

  public SubjectsResource(SchemaRegistry registry, Ownership ownership) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.ownership = Objects.requireNonNull(ownership, "ownership");
  }

  @GET
  @Requires(Action.READ)
  public List<String> subjects(
      @QueryParam("subjectPrefix") String subjectPrefix,
      @QueryParam("deleted") boolean deleted,
      @QueryParam("deletedOnly") boolean deletedOnly,
      @DefaultValue("0") @QueryParam("offset") int offset,
      @DefaultValue("-1") @QueryParam("limit") int limit) {
    return new ConfluentWindow(offset, limit)
        .apply(registry.subjects(subjectPrefix, deleted, deletedOnly));
  }

  @GET
  @Path("/{subject}/versions")
  @Requires(Action.READ)
  public List<Integer> versions(
      @PathParam("subject") String subject,
      @QueryParam("deleted") boolean deleted,
      @QueryParam("deletedOnly") boolean deletedOnly,
      @DefaultValue("0") @QueryParam("offset") int offset,
      @DefaultValue("-1") @QueryParam("limit") int limit) {
    return new ConfluentWindow(offset, limit)
        .apply(registry.versionNumbers(subject, deleted, deletedOnly));
  }

  @POST
  @Path("/{subject}/versions")
  @Requires(Action.SCHEMA_REGISTER)
  public RegisterSchemaResponse register(
      @Context SecurityContext security,
      @PathParam("subject") String subject,
      @QueryParam("normalize") boolean normalize,
      RegisterSchemaRequest request) {
    ownership.mayRegister(Authorization.principal(security), subject);
    Registration r = registry.register(subject, required(request).toSubmission());
    return new RegisterSchemaResponse(r.id());
  }

  @GET
  @Path("/{subject}/versions/{version}")
  @Requires(Action.READ)
  public SchemaResponse version(
      @PathParam("subject") String subject,
      @PathParam("version") String version,
      @QueryParam("deleted") boolean deleted) {
    return SchemaResponse.of(registry.version(subject, VersionId.parse(version), deleted));
  }

  @GET
  @Path("/{subject}/versions/{version}/schema")
  @Requires(Action.READ)
  public String versionSchemaOnly(
      @PathParam("subject") String subject,
      @PathParam("version") String version,
      @QueryParam("deleted") boolean deleted) {
    return registry.version(subject, VersionId.parse(version), deleted).schema().text();
  }

  @GET
  @Path("/{subject}/versions/{version}/referencedby")
  @Requires(Action.READ)
  public List<Integer> referencedBy(
      @PathParam("subject") String subject,
      @PathParam("version") String version,
      @DefaultValue("0") @QueryParam("offset") int offset,
      @DefaultValue("-1") @QueryParam("limit") int limit) {
    return new ConfluentWindow(offset, limit)
        .apply(registry.referencedBy(subject, VersionId.parse(version)));
  }

  @DELETE
  @Path("/{subject}/versions/{version}")
  @Requires(Action.REGISTRY_ADMIN)
  public int deleteVersion(
      @PathParam("subject") String subject,
      @PathParam("version") String version,
      @QueryParam("permanent") boolean permanent) {
    return registry.deleteVersion(subject, VersionId.parse(version), permanent);
  }

  /** Looks the schema up under the subject. */
  @POST
  @Path("/{subject}")
  @Requires(Action.READ)
  public SchemaResponse lookup(
      @PathParam("subject") String subject,
      @QueryParam("normalize") boolean normalize,
      @QueryParam("deleted") boolean deleted,
      RegisterSchemaRequest request) {
    return SchemaResponse.of(registry.lookup(subject, required(request).toSubmission(), deleted));
  }

  @DELETE
  @Path("/{subject}")
  @Requires(Action.REGISTRY_ADMIN)
  public List<Integer> deleteSubject(
      @PathParam("subject") String subject, @QueryParam("permanent") boolean permanent) {
    return registry.deleteSubject(subject, permanent);
  }

  static RegisterSchemaRequest required(RegisterSchemaRequest request) {
    if (request == null) {
      throw new InvalidSchemaException("Invalid schema: the request has no body");
    }
    return request;
  }
}
