package org.pactum.registry.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.RegistryMode;
import org.pactum.registry.core.RegistryStore;
import org.pactum.registry.core.StoredSchema;
import org.pactum.registry.core.SubjectVersion;

/**
 * The real store, attached once the test class's database exists: resource extensions are built
 * before JUnit hands out the {@code TestDatabase}. Pure delegation, no behaviour of its own.
 */
final class DeferredStore implements RegistryStore {
  private volatile RegistryStore target;

  void attach(RegistryStore store) {
    this.target = store;
  }

  private RegistryStore t() {
    RegistryStore s = target;
    if (s == null) {
      throw new IllegalStateException("no database attached yet");
    }
    return s;
  }

  @Override
  public Optional<StoredSchema> schema(int id) {
    return t().schema(id);
  }

  @Override
  public OptionalInt schemaIdByHash(SchemaFormat format, String sha256) {
    return t().schemaIdByHash(format, sha256);
  }

  @Override
  public List<SubjectVersion> versions(String subject) {
    return t().versions(subject);
  }

  @Override
  public List<SubjectVersion> versionsOfSchema(int schemaId) {
    return t().versionsOfSchema(schemaId);
  }

  @Override
  public List<SubjectVersion> allVersions(String subjectPrefix) {
    return t().allVersions(subjectPrefix);
  }

  @Override
  public List<Integer> schemasReferencing(String subject, int version, boolean liveOnly) {
    return t().schemasReferencing(subject, version, liveOnly);
  }

  @Override
  public Optional<CompatibilityMode> compatibility(String subject) {
    return t().compatibility(subject);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityMode mode) {
    t().setCompatibility(subject, mode);
  }

  @Override
  public boolean deleteCompatibility(String subject) {
    return t().deleteCompatibility(subject);
  }

  @Override
  public Optional<RegistryMode> mode(String subject) {
    return t().mode(subject);
  }

  @Override
  public void setMode(String subject, RegistryMode mode) {
    t().setMode(subject, mode);
  }

  @Override
  public boolean deleteMode(String subject) {
    return t().deleteMode(subject);
  }

  @Override
  public <T> T writeSubject(String subject, Function<SubjectWriter, T> work) {
    return t().writeSubject(subject, work);
  }

  @Override
  public List<Integer> deleteUnusedSchemas(Collection<Integer> ids) {
    return t().deleteUnusedSchemas(ids);
  }
}
