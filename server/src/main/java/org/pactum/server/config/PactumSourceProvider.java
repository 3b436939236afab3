package org.pactum.server.config;

import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads configuration from a file, or from the jar with a {@code classpath:} prefix (the built-in
 * default is {@value #DEFAULT}).
 */
public final class PactumSourceProvider implements ConfigurationSourceProvider {
  public static final String DEFAULT = "classpath:config/pactum.yml";
  private static final String CLASSPATH = "classpath:";

  private final ConfigurationSourceProvider files = new FileConfigurationSourceProvider();
  private final ConfigurationSourceProvider resources = new ResourceConfigurationSourceProvider();

  @Override
  public InputStream open(String path) throws IOException {
    if (path.startsWith(CLASSPATH)) {
      return resources.open(path.substring(CLASSPATH.length()));
    }
    return files.open(path);
  }
}
