package org.pactum.streams.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.registry.core.SchemaNotFoundException;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.avro.AvroParsedSchema;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.schema.SchemaSource;
import org.pactum.streams.core.wire.SchemaId;

/**
 * Writer schemas from the registry's core service in this process. Store failures propagate (the
 * caller retries); only "no such id" is {@link SchemaLookup.Unknown}. Schemas by id come from the
 * registry's own cache (never stale); the subjects of an id are kept {@link #SUBJECTS_FOR}.
 */
public final class RegistrySchemaSource implements SchemaSource {
  /** How long the subjects of a schema id are kept: a deleted version is refused after that. */
  public static final Duration SUBJECTS_FOR = Duration.ofSeconds(10);

  private final SchemaRegistry registry;
  private final Clock clock;
  private final Map<Integer, Subjects> subjects = new ConcurrentHashMap<>();

  private record Subjects(Set<String> names, Instant readAt) {}

  public RegistrySchemaSource(SchemaRegistry registry) {
    this(registry, Clock.systemUTC());
  }

  RegistrySchemaSource(SchemaRegistry registry, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = clock;
  }

  /**
   * Read from the registry at most every {@link #SUBJECTS_FOR} per id (the per-record path must not
   * query the store for every record).
   */
  @Override
  public Set<String> subjectsOf(SchemaId id) {
    Instant now = clock.instant();
    Subjects cached = subjects.get(id.value());
    if (cached != null && cached.readAt().plus(SUBJECTS_FOR).isAfter(now)) {
      return cached.names();
    }
    Set<String> names;
    try {
      names = Set.copyOf(registry.subjectsOfSchema(id.value(), false));
    } catch (SchemaNotFoundException e) {
      names = Set.of();
    }
    if (subjects.size() > 10_000) {
      subjects.clear(); // a bound: ids are few in practice
    }
    subjects.put(id.value(), new Subjects(names, now));
    return names;
  }

  @Override
  public SchemaLookup lookup(SchemaId id) {
    ParsedSchema parsed;
    try {
      parsed = registry.parsedById(id.value());
    } catch (SchemaNotFoundException e) {
      return new SchemaLookup.Unknown(id);
    }
    if (parsed instanceof AvroParsedSchema avro) {
      return new SchemaLookup.AvroWriter(id, avro.schema());
    }
    return new SchemaLookup.OtherFormat(id, parsed.format());
  }
}
