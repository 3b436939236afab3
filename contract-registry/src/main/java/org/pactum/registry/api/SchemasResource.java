package org.pactum.registry.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Objects;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.registry.core.ConfluentWindow;
import org.pactum.registry.core.SchemaNotFoundException;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SubjectNames;

/** Confluent's {@code /schemas} resources: schemas by global id, types, listing. */
@Path("/schemas")
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
public final class SchemasResource {
  private final SchemaRegistry registry;

  public SchemasResource(SchemaRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @GET
  @Requires(Action.READ)
  public List<SchemaResponse> schemas(
      @QueryParam("subjectPrefix") String subjectPrefix,
      @QueryParam("deleted") boolean deleted,
      @QueryParam("latestOnly") boolean latestOnly,
      @DefaultValue("0") @QueryParam("offset") int offset,
      @DefaultValue("-1") @QueryParam("limit") int limit) {
    return registry.schemas(subjectPrefix, deleted, latestOnly, offset, limit).stream()
        .map(SchemaResponse::of)
        .toList();
  }

  @GET
  @Path("/types")
  @Requires(Action.READ)
  public List<String> types() {
    return registry.schemaTypes();
  }

  @GET
  @Path("/ids/{id}")
  @Requires(Action.READ)
  public SchemaStringResponse byId(@PathParam("id") String id) {
    return SchemaStringResponse.of(registry.schemaById(parseId(id)));
  }

  @GET
  @Path("/ids/{id}/schema")
  @Requires(Action.READ)
  public String schemaOnly(@PathParam("id") String id) {
    return registry.schemaById(parseId(id)).text();
  }

  @GET
  @Path("/ids/{id}/subjects")
  @Requires(Action.READ)
  public List<String> subjects(
      @PathParam("id") String id,
      @QueryParam("deleted") boolean deleted,
      @DefaultValue("0") @QueryParam("offset") int offset,
      @DefaultValue("-1") @QueryParam("limit") int limit) {
    return new ConfluentWindow(offset, limit)
        .apply(registry.subjectsOfSchema(parseId(id), deleted));
  }

  @GET
  @Path("/ids/{id}/versions")
  @Requires(Action.READ)
  public List<SubjectVersionJson> versions(
      @PathParam("id") String id,
      @QueryParam("deleted") boolean deleted,
      @DefaultValue("0") @QueryParam("offset") int offset,
      @DefaultValue("-1") @QueryParam("limit") int limit) {
    return new ConfluentWindow(offset, limit)
        .apply(registry.versionsOfSchema(parseId(id), deleted)).stream()
            .map(v -> new SubjectVersionJson(v.subject(), v.version()))
            .toList();
  }

  /** Ids are integers; anything else names no schema (404, 40403) as in Confluent. */
  static int parseId(String id) {
    try {
      return Integer.parseInt(id.trim());
    } catch (NumberFormatException e) {
      String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
      throw new SchemaNotFoundException("Schema " + SubjectNames.printable(shown) + " not found");
    }
  }
}
