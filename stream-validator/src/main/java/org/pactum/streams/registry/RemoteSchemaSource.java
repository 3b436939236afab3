package org.pactum.streams.registry;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.client.RegisteredSchema;
import org.pactum.streams.client.RegistryClient;
import org.pactum.streams.client.RegistryClientException;
import org.pactum.streams.client.SchemaReference;
import org.pactum.streams.core.schema.RegistryUnavailableException;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.schema.SchemaSource;
import org.pactum.streams.core.wire.SchemaId;

/**
 * Writer schemas from a remote Pactum server, for a validator running standalone: {@link
 * RegistryClient} over HTTP. An id the registry does not know is {@link SchemaLookup.Unknown}; a
 * registry that cannot be asked (no connection, a timeout, a 5xx) throws {@link
 * RegistryUnavailableException}, so the caller backs off and retries instead of dead-lettering; a
 * refusal (wrong credentials, a role that may not read) is thrown as the client's {@link
 * RegistryClientException}: retrying will not help, the operator must.
 *
 * <p>An id's schema never changes, so a schema found (parsed, with its Avro references) is kept for
 * the life of this source, as Confluent's clients keep theirs. Unlike the in-process {@link
 * RegistrySchemaSource}, an id deleted for good on the server therefore still decodes here until
 * the process restarts; unknown ids are asked again every time. Thread-safe.
 */
public final class RemoteSchemaSource implements SchemaSource {
  private final RegistryClient client;
  private final Map<SchemaId, SchemaLookup> found = new ConcurrentHashMap<>();
  private final Map<SchemaId, Subjects> subjects = new ConcurrentHashMap<>();

  public RemoteSchemaSource(RegistryClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public SchemaLookup lookup(SchemaId id) {
    SchemaLookup cached = found.get(id);
    if (cached != null) {
      return cached;
    }
    RegisteredSchema registered;
    try {
      registered = client.schemaById(id);
    } catch (RegistryClientException e) {
      if (e.kind() == RegistryClientException.Kind.NOT_FOUND) {
        return new SchemaLookup.Unknown(id);
      }
      throw unavailableOrRefused(e);
    }
    SchemaLookup lookup = parse(registered);
    found.putIfAbsent(id, lookup);
    return lookup;
  }

  /**
   * The subjects of {@code id}, asked at most every {@link RegistrySchemaSource#SUBJECTS_FOR} per
   * id (the per-record path must not make a request per record); empty for an unknown id.
   */
  @Override
  public Set<String> subjectsOf(SchemaId id) {
    Instant now = Instant.now();
    Subjects cached = subjects.get(id);
    if (cached != null && cached.readAt().plus(RegistrySchemaSource.SUBJECTS_FOR).isAfter(now)) {
      return cached.names();
    }
    Set<String> names;
    try {
      names = Set.copyOf(client.subjectsOf(id));
    } catch (RegistryClientException e) {
      if (e.kind() != RegistryClientException.Kind.NOT_FOUND) {
        throw unavailableOrRefused(e);
      }
      names = Set.of();
    }
    subjects.put(id, new Subjects(names, now));
    return names;
  }

  private record Subjects(Set<String> names, Instant readAt) {}

  private SchemaLookup parse(RegisteredSchema registered) {
    SchemaFormat format = SchemaFormat.parse(registered.schemaType()).orElse(null);
    if (format != SchemaFormat.AVRO) {
      return new SchemaLookup.OtherFormat(
          registered.id(), format == null ? SchemaFormat.PROTOBUF : format);
    }
    Schema.Parser parser = new Schema.Parser();
    try {
      defineReferences(parser, registered, new HashSet<>());
    } catch (RegistryClientException e) {
      // a reference the registry holds but could not serve now: ask again later
      throw unavailableOrRefused(e);
    }
    return new SchemaLookup.AvroWriter(registered.id(), parser.parse(registered.schema()));
  }

  /** Parses the schema's references into {@code parser}, dependencies first. */
  private void defineReferences(
      Schema.Parser parser, RegisteredSchema schema, Set<SchemaReference> done) {
    for (SchemaReference ref : schema.references()) {
      if (!done.add(ref)) {
        continue;
      }
      RegisteredSchema referenced =
          client.version(ref.subject(), Integer.toString(ref.version())).schema();
      defineReferences(parser, referenced, done);
      if (!parser.getTypes().containsKey(ref.name())) {
        parser.parse(referenced.schema());
      }
    }
  }

  private static RuntimeException unavailableOrRefused(RegistryClientException e) {
    return e.kind() == RegistryClientException.Kind.REFUSED
        ? e
        : new RegistryUnavailableException(e.getMessage(), e);
  }
}
