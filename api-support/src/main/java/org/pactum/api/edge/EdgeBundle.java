package org.pactum.api.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.pactum.api.browser.BrowserSafety;
import org.pactum.api.errors.FrameworkErrorMapper;
import org.pactum.api.errors.InvalidInputMapper;
import org.pactum.api.errors.JsonBodyErrorMapper;
import org.pactum.api.errors.JsonErrorPages;
import org.pactum.api.errors.UnexpectedErrorMapper;
import org.pactum.api.input.BodyLimitFilter;
import org.pactum.api.input.BodyLimits;
import org.pactum.api.input.BodyTextRules;
import org.pactum.api.input.ParameterTextRules;
import org.pactum.api.input.QueryParameterRules;
import org.pactum.api.request.CloseAfterRefusal;
import org.pactum.api.request.RequestIdFilter;

/**
 * Installs the one HTTP edge in front of every module's API: request ids, body limits, the input
 * rules, the generic exception mappers, and the browser-safety filters. Dropwizard's own default
 * exception mappers are switched off: the edge's answer every generic failure, in one body shape.
 * Register it before the module bundles.
 */
public final class EdgeBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Function<C, EdgeConfig> config;

  /**
   * @param config this bundle's section of the application's configuration (null: defaults)
   */
  public EdgeBundle(Function<C, EdgeConfig> config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void run(C configuration, Environment environment) {
    EdgeConfig ec = config.apply(configuration);
    EdgeSettings settings = (ec == null ? new EdgeConfig() : ec).toSettings();
    if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
      server.setRegisterDefaultExceptionMappers(false);
    }
    install(settings, environment);
  }

  /** Registers the edge's filters and providers on an environment. */
  public static void install(EdgeSettings settings, Environment environment) {
    Objects.requireNonNull(settings, "settings");
    isoTimes(environment.getObjectMapper());
    environment
        .servlets()
        .addFilter("request-id", new RequestIdFilter())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    environment
        .servlets()
        .addFilter(
            "body-limits",
            new BodyLimitFilter(
                new BodyLimits(settings.maxBodyBytes(), settings.maxSchemaBodyBytes()),
                environment.getObjectMapper()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    providers().forEach(environment.jersey()::register);
    JsonErrorPages pages = new JsonErrorPages(environment.getObjectMapper());
    environment.getApplicationContext().setErrorHandler(pages);
    environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(pages));
    BrowserSafety.install(settings.browser(), environment);
  }

  /**
   * Every time in every JSON answer as an ISO-8601 string ({@code 2026-03-02T09:00:00Z}), durations
   * as ISO-8601 durations ({@code PT2H}), never epoch numbers (DESIGN.md §5). Reading accepts both.
   */
  public static ObjectMapper isoTimes(ObjectMapper mapper) {
    return mapper
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }

  /**
   * The edge's Jersey providers: the input rules and the generic exception mappers (for resource
   * tests, which register them beside a module's resources).
   */
  public static List<Object> providers() {
    return List.of(
        new CloseAfterRefusal(),
        new ParameterTextRules(),
        new QueryParameterRules(),
        new BodyTextRules(),
        new InvalidInputMapper(),
        new JsonBodyErrorMapper(),
        new FrameworkErrorMapper(),
        new UnexpectedErrorMapper());
  }
}
