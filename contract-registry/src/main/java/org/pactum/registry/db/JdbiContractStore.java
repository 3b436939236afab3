package org.pactum.registry.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;
import org.pactum.registry.core.contract.CatalogHead;
import org.pactum.registry.core.contract.ContractState;
import org.pactum.registry.core.contract.ContractStore;
import org.pactum.registry.core.contract.ContractVersion;
import org.pactum.registry.core.contract.FindingRecord;
import org.pactum.registry.core.contract.ManagedBy;
import org.pactum.registry.core.contract.SchemaLink;

/**
 * {@link ContractStore} on {@code registry.contract_version}, through {@link ContractVersionDao}.
 * The DAO is on-demand on the {@link Jdbi} given, so inside a {@link JdbiUnitOfWork} on that {@link
 * Jdbi} every call joins the unit's transaction.
 */
public final class JdbiContractStore implements ContractStore {
  private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {};
  private static final TypeReference<List<FindingRecord>> FINDINGS = new TypeReference<>() {};

  private final ContractVersionDao dao;
  private final ContractDao contracts;
  private final ObjectMapper json;

  public JdbiContractStore(Jdbi jdbi, ObjectMapper json) {
    this.dao = jdbi.onDemand(ContractVersionDao.class);
    this.contracts = jdbi.onDemand(ContractDao.class);
    this.json = json;
  }

  @Override
  public Optional<ContractVersion> latest(String contractId) {
    return dao.latest(contractId).map(this::version);
  }

  @Override
  public Optional<ContractVersion> version(String contractId, int versionNo) {
    return dao.version(contractId, versionNo).map(this::version);
  }

  @Override
  public List<ContractVersion> versions(String contractId) {
    return dao.versions(contractId).stream().map(this::version).toList();
  }

  @Override
  public List<ContractVersion> latestOfEach(String afterId, int limit) {
    List<ContractVersionRow> rows = dao.latestOfEach(afterId, limit);
    Set<String> retired =
        Set.copyOf(
            contracts.retiredAmong(
                rows.stream().map(ContractVersionRow::contractId).toArray(String[]::new)));
    return rows.stream()
        .map(this::version)
        .map(v -> retired.contains(v.contractId()) ? v.retired() : v)
        .toList();
  }

  @Override
  public Optional<PublishOutcome> publish(
      ContractDocument document, SchemaLink schema, List<FindingRecord> findings, int basedOn) {
    return dao.publishAfter(
        new NewContractVersion(
            document,
            write(document.files()),
            schema == null ? null : schema.subject(),
            schema == null ? null : schema.id(),
            schema == null ? null : schema.version(),
            write(findings)),
        basedOn);
  }

  @Override
  public List<CatalogHead> heads() {
    return contracts.heads().stream().map(JdbiContractStore::head).toList();
  }

  @Override
  public Optional<CatalogHead> head(String contractId) {
    return contracts.head(contractId).map(JdbiContractStore::head);
  }

  @Override
  public ContractState lock(String contractId) {
    contracts.insertIfAbsent(contractId);
    ContractStateRow r = contracts.lock(contractId);
    return new ContractState(
        r.contractId(), ManagedBy.ofWireName(r.managedBy()), r.declaredIn(), r.retiredAt());
  }

  @Override
  public void declare(String contractId, String file) {
    contracts.declare(contractId, file);
  }

  @Override
  public List<String> releaseUndeclared(Set<String> declared) {
    return contracts.releaseUndeclared(declared.toArray(String[]::new));
  }

  @Override
  public boolean retire(String contractId, OffsetDateTime at) {
    return contracts.retire(contractId, at) == 1;
  }

  @Override
  public int delete(String contractId) {
    int versions = contracts.deleteVersions(contractId);
    contracts.deleteContract(contractId);
    return versions;
  }

  private static CatalogHead head(ContractHeadRow r) {
    return new CatalogHead(
        new ContractState(
            r.contractId(), ManagedBy.ofWireName(r.managedBy()), r.declaredIn(), r.retiredAt()),
        r.latestVersion(),
        r.contentSha256(),
        ContractStatus.valueOf(r.documentStatus()));
  }

  private ContractVersion version(ContractVersionRow r) {
    SchemaLink link =
        r.subject() == null || r.schemaId() == null || r.subjectVersion() == null
            ? null
            : new SchemaLink(r.subject(), r.schemaId(), r.subjectVersion());
    return new ContractVersion(
        r.contractId(),
        r.versionNo(),
        r.semver(),
        r.status(),
        r.ownerTeam(),
        r.description(),
        r.schemaFormat(),
        r.compatibility(),
        r.contractYaml(),
        r.schemaText(),
        r.contentSha256(),
        r.source(),
        r.createdAt(),
        r.schemaFile(),
        r.filesJson() == null ? null : read(r.filesJson(), FILES),
        link,
        r.findingsJson() == null ? List.of() : read(r.findingsJson(), FINDINGS));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write catalog JSON", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable catalog JSON", e);
    }
  }
}
