package org.pactum.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the registry's JSON request bodies sent as {@code application/octet-stream}, which
 * Confluent accepts (some clients send it). Only the registry's request types; an empty body is
 * null, as with JSON.
 */
@Consumes(RegistryMediaTypes.GENERIC_REQUEST)
public final class OctetStreamJsonReader implements MessageBodyReader<Object> {
  private static final Set<Class<?>> TYPES =
      Set.of(RegisterSchemaRequest.class, ConfigUpdateRequest.class, ModeJson.class);

  private final ObjectMapper mapper;

  public OctetStreamJsonReader(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return TYPES.contains(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    PushbackInputStream in = new PushbackInputStream(entityStream, 1);
    int first = in.read();
    if (first < 0) {
      return null;
    }
    in.unread(first);
    return mapper.readValue(in, type);
  }
}
