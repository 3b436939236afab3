package org.pactum.server.edge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One resource method as the fuzz test drives it.
 *
 * @param method the HTTP method
 * @param template the path template as Jersey declares it ({@code /api/v1/silences/{id}})
 * @param path a concrete path to send to
 * @param seed a valid body to mutate (null: the method takes none)
 * @param contentType the body's media type
 */
public record Endpoint(
    String method, String template, String path, JsonNode seed, String contentType) {
  public String key() {
    return method + " " + template;
  }

  public boolean confluent() {
    return contentType.contains("schemaregistry");
  }
}
