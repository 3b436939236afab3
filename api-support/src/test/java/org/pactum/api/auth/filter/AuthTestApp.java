package org.pactum.api.auth.filter;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.api.auth.Principal;
import org.pactum.api.edge.EdgeBundle;

/**
 * A small application behind the edge with an {@link AuthenticationFilter}: its resources answer
 * who the request ran as.
 */
final class AuthTestApp extends Application<Configuration> {
  private final AuthenticationFilter filter;

  AuthTestApp(AuthenticationFilter filter) {
    this.filter = filter;
  }

  /** Starts one on free loopback ports. */
  static DropwizardTestSupport<Configuration> start(AuthenticationFilter filter) throws Exception {
    Configuration c = new Configuration();
    DefaultServerFactory server = (DefaultServerFactory) c.getServerFactory();
    HttpConnectorFactory app = new HttpConnectorFactory();
    app.setPort(0);
    app.setBindHost("127.0.0.1");
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(0);
    admin.setBindHost("127.0.0.1");
    server.setApplicationConnectors(List.of(app));
    server.setAdminConnectors(List.of(admin));
    DropwizardTestSupport<Configuration> support =
        new DropwizardTestSupport<>(AuthTestApp.class, c) {
          @Override
          public Application<Configuration> newApplication() {
            return new AuthTestApp(filter);
          }
        };
    support.before();
    return support;
  }

  @Override
  public void initialize(Bootstrap<Configuration> bootstrap) {
    bootstrap.addBundle(new EdgeBundle<Configuration>(c -> null));
  }

  @Override
  public void run(Configuration configuration, Environment environment) {
    environment.jersey().register(filter);
    environment.jersey().register(new WhoAmI());
    environment.jersey().register(new Subjects());
    environment.jersey().register(new Assets());
  }

  static Map<String, Object> who(SecurityContext context) {
    Map<String, Object> out = new LinkedHashMap<>();
    PrincipalSecurityContext.principalOf(context)
        .ifPresentOrElse(
            (Principal p) -> {
              out.put("name", p.name());
              out.put("kind", p.kind().name());
              out.put("role", p.role().wireName());
              out.put("teams", p.teams().stream().map(Object::toString).toList());
              out.put("admin", context.isUserInRole("admin"));
            },
            () -> out.put("name", null));
    out.put("scheme", context.getAuthenticationScheme());
    return out;
  }

  @Path("/api/v1/whoami")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class WhoAmI {
    @GET
    public Map<String, Object> get(@Context SecurityContext context) {
      return who(context);
    }

    @POST
    public Map<String, Object> post(@Context SecurityContext context) {
      return who(context);
    }
  }

  /** A path of the Confluent API. */
  @Path("/subjects")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class Subjects {
    @GET
    public Map<String, Object> get(@Context SecurityContext context) {
      return who(context);
    }
  }

  @Path("/ui/assets/app.css")
  public static final class Assets {
    @GET
    @Produces("text/css")
    public String css() {
      return "body{}";
    }
  }
}
