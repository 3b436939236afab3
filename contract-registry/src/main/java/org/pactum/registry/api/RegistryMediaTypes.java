package org.pactum.registry.api;

/** The media types of Confluent's Schema Registry API, weighted as Confluent weights them. */
public final class RegistryMediaTypes {
  public static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
  public static final String DEFAULT_JSON = "application/vnd.schemaregistry+json";
  public static final String JSON = "application/json";

  /** Confluent accepts request bodies sent as {@code application/octet-stream}, too. */
  public static final String GENERIC_REQUEST = "application/octet-stream";

  public static final String V1_JSON_WEIGHTED = V1_JSON;
  public static final String DEFAULT_JSON_WEIGHTED = DEFAULT_JSON + "; qs=0.9";
  public static final String JSON_WEIGHTED = JSON + "; qs=0.5";

  private RegistryMediaTypes() {}
}
