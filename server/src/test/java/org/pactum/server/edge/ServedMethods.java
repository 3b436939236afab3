package org.pactum.server.edge;

import io.dropwizard.core.setup.Environment;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every resource method a running server serves, read from Jersey's resource model: {@code METHOD
 * /path/{template}} (path parameters without their patterns, as {@link Endpoint#key()} writes them)
 * → the Java method that handles it. Tests that must cover every endpoint derive their list from
 * this, so a new endpoint is covered without editing them.
 */
public final class ServedMethods {
  private ServedMethods() {}

  public static Map<String, Method> of(Environment environment) {
    ResourceConfig config = environment.jersey().getResourceConfig();
    Map<String, Method> served = new TreeMap<>();
    for (Object o : config.getInstances()) {
      if (Resource.isAcceptable(o.getClass())
          && o.getClass().isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        collect(Resource.from(o.getClass()), "", served);
      }
    }
    for (Class<?> c : config.getClasses()) {
      if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        collect(Resource.from(c), "", served);
      }
    }
    return served;
  }

  private static void collect(Resource r, String prefix, Map<String, Method> out) {
    String path = normalise(prefix + "/" + (r.getPath() == null ? "" : r.getPath()));
    for (ResourceMethod m : r.getResourceMethods()) {
      out.put(m.getHttpMethod() + " " + path, m.getInvocable().getDefinitionMethod());
    }
    for (Resource child : r.getChildResources()) {
      collect(child, path, out);
    }
  }

  /**
   * A path template as {@link Endpoint#template()} writes it: {@code {id}}, not {@code {id: .+}}.
   */
  public static String normalise(String path) {
    String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.startsWith("/") ? p : "/" + p;
  }
}
