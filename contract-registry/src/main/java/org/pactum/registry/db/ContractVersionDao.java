package org.pactum.registry.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;

/** The contract catalog: contracts and their document versions, in schema {@code registry}. */
@RegisterConstructorMapper(ContractVersionRow.class)
public interface ContractVersionDao {

  String COLUMNS =
      """
      contract_id, version_no, semver, status, owner_team, description, schema_format,
      compatibility, contract_yaml, schema_text, content_sha256, source, created_at,
      schema_file, files::text as files_json, subject, schema_id, subject_version,
      findings::text as findings_json
      """;

  /**
   * Stores the document as the contract's next version unless the latest version already holds the
   * same content. Concurrent publishers of one contract serialise on the contract's row, so
   * versions stay contiguous and equal content is never stored twice in a row.
   */
  @Transaction
  default PublishOutcome publish(ContractDocument document) {
    return publishAfter(new NewContractVersion(document, null, null, null, null, null), -1)
        .orElseThrow();
  }

  /**
   * Stores the version as the contract's next version unless the latest version already holds the
   * same content (then nothing is stored and that version is returned). With {@code basedOn} ≥ 0,
   * stores only if the latest version is still {@code basedOn} (0: none), the version the caller
   * compared with; empty otherwise, so the caller compares again. Concurrent publishers of one
   * contract serialise on the contract's row, so versions stay contiguous.
   */
  @Transaction
  default Optional<PublishOutcome> publishAfter(NewContractVersion version, int basedOn) {
    ContractDocument document = version.document();
    insertContractIfAbsent(document.contractId());
    lockContract(document.contractId());
    String sha = document.contentSha256();
    Optional<ContractVersionRow> latest = latest(document.contractId());
    if (latest.isPresent() && latest.get().contentSha256().equals(sha)) {
      return Optional.of(
          new PublishOutcome(document.contractId(), latest.get().versionNo(), false));
    }
    int current = latest.map(ContractVersionRow::versionNo).orElse(0);
    if (basedOn >= 0 && current != basedOn) {
      return Optional.empty();
    }
    insert(version, document, current + 1, sha);
    return Optional.of(new PublishOutcome(document.contractId(), current + 1, true));
  }

  @SqlUpdate("insert into registry.contract (id) values (:id) on conflict (id) do nothing")
  void insertContractIfAbsent(@Bind("id") String id);

  @SqlQuery("select id from registry.contract where id = :id for update")
  String lockContract(@Bind("id") String id);

  @SqlUpdate(
      """
      insert into registry.contract_version
        (contract_id, version_no, semver, status, owner_team, description, schema_format,
         compatibility, contract_yaml, schema_text, content_sha256, source,
         schema_file, files, subject, schema_id, subject_version, findings)
      values
        (:d.contractId, :versionNo, :d.semver, :d.status, :d.ownerTeam, :d.description,
         :d.schemaFormat, :d.compatibility, :d.contractYaml, :d.schemaText, :sha, :d.source,
         :d.schemaFile, cast(:v.filesJson as jsonb), :v.subject, :v.schemaId, :v.subjectVersion,
         coalesce(cast(:v.findingsJson as jsonb), '[]'::jsonb))
      """)
  void insert(
      @BindMethods("v") NewContractVersion version,
      @BindMethods("d") ContractDocument document,
      @Bind("versionNo") int versionNo,
      @Bind("sha") String sha);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from registry.contract_version where contract_id = :id"
          + " order by version_no desc limit 1")
  Optional<ContractVersionRow> latest(@Bind("id") String contractId);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from registry.contract_version where contract_id = :id and version_no = :v")
  Optional<ContractVersionRow> version(@Bind("id") String contractId, @Bind("v") int versionNo);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from registry.contract_version where contract_id = :id order by version_no")
  List<ContractVersionRow> versions(@Bind("id") String contractId);

  /**
   * A keyset page of the latest version of every contract, by id: those with an id after {@code
   * afterId} (null: from the first).
   */
  @SqlQuery(
      "select distinct on (contract_id) "
          + COLUMNS
          + """
           from registry.contract_version
          where cast(:after as text) is null or contract_id > :after
          order by contract_id, version_no desc
          limit :limit
          """)
  List<ContractVersionRow> latestOfEach(@Bind("after") String afterId, @Bind("limit") int limit);
}
