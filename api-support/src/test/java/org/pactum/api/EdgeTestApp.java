package org.pactum.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.api.edge.EdgeConfig;
import org.pactum.api.input.JsonFields;
import org.pactum.api.input.Timestamps;

/** A small application behind the edge, with resources that fail in every way the edge answers. */
public final class EdgeTestApp extends Application<EdgeTestApp.Config> {
  /** The configuration: the edge's section and free ports. */
  public static final class Config extends Configuration {
    @JsonProperty public EdgeConfig edge = new EdgeConfig();

    static Config onFreePorts() {
      Config c = new Config();
      DefaultServerFactory server = (DefaultServerFactory) c.getServerFactory();
      HttpConnectorFactory app = new HttpConnectorFactory();
      app.setPort(0);
      app.setBindHost("127.0.0.1");
      HttpConnectorFactory admin = new HttpConnectorFactory();
      admin.setPort(0);
      admin.setBindHost("127.0.0.1");
      server.setApplicationConnectors(List.of(app));
      server.setAdminConnectors(List.of(admin));
      c.edge.maxBody = io.dropwizard.util.DataSize.kibibytes(64);
      c.edge.maxSchemaBody = io.dropwizard.util.DataSize.kibibytes(256);
      return c;
    }
  }

  /** A typed body. */
  public record Item(
      @JsonProperty("name") String name,
      @JsonProperty("count") int count,
      @JsonProperty("tags") List<String> tags,
      @JsonProperty("labels") Map<String, String> labels) {}

  @Override
  public void initialize(Bootstrap<Config> bootstrap) {
    bootstrap.addBundle(new EdgeBundle<Config>(c -> c.edge));
  }

  @Override
  public void run(Config config, Environment environment) {
    environment.jersey().register(new Api());
    environment.jersey().register(new Confluent());
  }

  /** Pactum-dialect endpoints. */
  @Path("/api/v1/things")
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  public static final class Api {
    @POST
    @Path("tree")
    public Map<String, Object> tree(JsonNode body) {
      return Map.of("size", body == null ? 0 : body.size());
    }

    @POST
    @Path("typed")
    public Map<String, Object> typed(Item item) {
      return Map.of("name", item.name());
    }

    @POST
    @Path("strict")
    public Map<String, Object> strict(JsonNode body) {
      JsonFields.only(body, java.util.Set.of("name", "count"));
      return Map.of("ok", true);
    }

    @POST
    @Path("at")
    public Map<String, Object> at(JsonNode body) {
      return Map.of("at", Timestamps.parse("at", body.path("at").asText(null)).toString());
    }

    @GET
    @Path("item/{id}")
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("q") String q) {
      return Map.of("id", id, "q", q == null ? "" : q);
    }

    @GET
    @Path("limited")
    public Map<String, Object> limited(@QueryParam("limit") int limit) {
      return Map.of("limit", limit);
    }

    @GET
    @Path("boom/{what}")
    public Map<String, Object> boom(@PathParam("what") String what) {
      if (what.equals("error")) {
        throw new StackOverflowError("secret-subject-42");
      }
      throw new IllegalStateException("select * from secret where subject = 'secret-subject-42'");
    }
  }

  /** A Confluent-dialect endpoint. */
  @Path("/subjects")
  @Produces("application/vnd.schemaregistry.v1+json")
  public static final class Confluent {
    @POST
    @Path("{subject}/versions")
    @Consumes({"application/vnd.schemaregistry.v1+json", MediaType.APPLICATION_JSON})
    public Map<String, Object> register(@PathParam("subject") String subject, JsonNode body) {
      return Map.of("id", 1);
    }

    @GET
    @Path("boom")
    public Map<String, Object> boom() {
      throw new IllegalStateException("store down: jdbc:postgresql://db/secret");
    }
  }
}
