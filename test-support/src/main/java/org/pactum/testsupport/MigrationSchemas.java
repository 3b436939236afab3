package org.pactum.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the module schemas whose Flyway migrations are on the classpath, by DESIGN.md §3's
 * convention: {@code db/<schema>/V<n>__<what>.sql}, one folder per module schema.
 */
final class MigrationSchemas {
  private static final String ROOT = "db/";

  private MigrationSchemas() {}

  static SortedSet<String> onClasspath(ClassLoader loader) {
    SortedSet<String> schemas = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources("db");
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        switch (url.getProtocol()) {
          case "file" -> addFromDirectory(Path.of(url.toURI()), schemas);
          case "jar" -> addFromJar(url, schemas);
          default -> throw new IllegalStateException("cannot list migrations at " + url);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migrations on the classpath", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return schemas;
  }

  private static void addFromDirectory(Path dir, SortedSet<String> schemas) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      children.filter(Files::isDirectory).forEach(p -> schemas.add(p.getFileName().toString()));
    }
  }

  private static void addFromJar(URL url, SortedSet<String> schemas) throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      jar.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith(ROOT) && n.endsWith(".sql"))
          .map(n -> n.substring(ROOT.length(), n.indexOf('/', ROOT.length())))
          .forEach(schemas::add);
    }
  }
}
