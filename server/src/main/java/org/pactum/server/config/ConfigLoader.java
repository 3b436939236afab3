package org.pactum.server.config;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.io.IOException;

/**
 * Reads a configuration file the way the server does ({@code ${ENV:-default}} substitution, {@code
 * dw.*} system-property overrides, validation), for CLI commands that do not start the server.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  public static PactumConfiguration load(String path) throws IOException, ConfigurationException {
    YamlConfigurationFactory<PactumConfiguration> factory =
        new YamlConfigurationFactory<>(
            PactumConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
    return factory.build(
        new SubstitutingSourceProvider(
            new PactumSourceProvider(), new EnvironmentVariableSubstitutor(false)),
        path);
  }
}
