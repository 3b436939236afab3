package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pactum.registry.core.contract.CheckResult;
import org.pactum.registry.core.contract.ContractStanding;
import org.pactum.registry.core.contract.ContractVersion;
import org.pactum.registry.core.contract.DeletedContract;
import org.pactum.registry.core.contract.DiffResult;
import org.pactum.registry.core.contract.FindingRecord;
import org.pactum.registry.core.contract.PublishResult;
import org.pactum.registry.core.contract.SchemaLink;

/** The contract API's JSON bodies (snake_case, as the rest of Pactum's API). */
final class ContractJson {
  private ContractJson() {}

  /** The request of {@code POST /api/v1/contracts} and {@code POST …/{id}/check}. */
  record Submission(
      @JsonProperty("contract") String contract,
      @JsonProperty("path") String path,
      @JsonProperty("files") Map<String, String> files) {
    /** The fields the body takes; any other is refused, naming it. */
    static final Set<String> FIELDS = Set.of("contract", "path", "files");
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"format", "file", "compatibility", "subject", "id", "version"})
  record Schema(
      @JsonProperty("format") String format,
      @JsonProperty("file") String file,
      @JsonProperty("compatibility") String compatibility,
      @JsonProperty("subject") String subject,
      @JsonProperty("id") Integer id,
      @JsonProperty("version") Integer version) {
    static Schema of(ContractVersion v) {
      SchemaLink l = v.schema();
      return new Schema(
          v.schemaFormat(),
          v.schemaFile(),
          v.compatibility(),
          l == null ? null : l.subject(),
          l == null ? null : l.id(),
          l == null ? null : l.version());
    }
  }

  @JsonPropertyOrder({"team"})
  record Owner(@JsonProperty("team") String team) {}

  /** A contract's latest version in the list. */
  @JsonPropertyOrder({
    "id",
    "version_no",
    "semver",
    "status",
    "owner",
    "description",
    "schema",
    "published_at"
  })
  record Summary(
      @JsonProperty("id") String id,
      @JsonProperty("version_no") int versionNo,
      @JsonProperty("semver") String semver,
      @JsonProperty("status") String status,
      @JsonProperty("owner") Owner owner,
      @JsonProperty("description") String description,
      @JsonProperty("schema") Schema schema,
      @JsonProperty("published_at") OffsetDateTime publishedAt) {
    static Summary of(ContractVersion v) {
      return new Summary(
          v.contractId(),
          v.versionNo(),
          v.semver(),
          lower(v.status()),
          new Owner(v.ownerTeam()),
          v.description(),
          Schema.of(v),
          v.publishedAt());
    }
  }

  @JsonPropertyOrder({"version_no", "semver", "status", "content_sha256", "published_at"})
  record VersionRef(
      @JsonProperty("version_no") int versionNo,
      @JsonProperty("semver") String semver,
      @JsonProperty("status") String status,
      @JsonProperty("content_sha256") String contentSha256,
      @JsonProperty("published_at") OffsetDateTime publishedAt) {
    static VersionRef of(ContractVersion v) {
      return new VersionRef(
          v.versionNo(), v.semver(), lower(v.status()), v.contentSha256(), v.publishedAt());
    }
  }

  /** {@code GET /api/v1/contracts/{id}}. */
  @JsonPropertyOrder({"id", "status", "latest", "versions"})
  record Contract(
      @JsonProperty("id") String id,
      @JsonProperty("status") String status,
      @JsonProperty("latest") Summary latest,
      @JsonProperty("versions") List<VersionRef> versions) {}

  /**
   * {@code GET /api/v1/contracts/{id}/status}, and the answer of a retirement: the status every
   * consumer acts on, who manages the contract, its latest version.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "id",
    "status",
    "latest_version",
    "semver",
    "managed_by",
    "file",
    "published_at",
    "retired_at"
  })
  record Standing(
      @JsonProperty("id") String id,
      @JsonProperty("status") String status,
      @JsonProperty("latest_version") int latestVersion,
      @JsonProperty("semver") String semver,
      @JsonProperty("managed_by") String managedBy,
      @JsonProperty("file") String file,
      @JsonProperty("published_at") OffsetDateTime publishedAt,
      @JsonProperty("retired_at") OffsetDateTime retiredAt) {
    static Standing of(ContractStanding s) {
      return new Standing(
          s.state().contractId(),
          s.status().yamlName(),
          s.latest().versionNo(),
          s.latest().semver(),
          s.state().managedBy().wireName(),
          s.state().folderFile().orElse(null),
          s.latest().publishedAt(),
          s.state().retiredAt());
    }
  }

  /** The answer of {@code DELETE /api/v1/contracts/{id}?permanent=true}. */
  @JsonPropertyOrder({"id", "deleted_versions", "deleted_runs"})
  record Deleted(
      @JsonProperty("id") String id,
      @JsonProperty("deleted_versions") int deletedVersions,
      @JsonProperty("deleted_runs") int deletedRuns) {
    static Deleted of(DeletedContract d) {
      return new Deleted(d.contractId(), d.versions(), d.runs());
    }
  }

  /** {@code ACTIVE} as the contract file writes it: {@code active}. */
  static String lower(String status) {
    return status == null ? null : status.toLowerCase(Locale.ROOT);
  }

  /** {@code GET /api/v1/contracts/{id}/versions/{v}}: the whole document. */
  @JsonPropertyOrder({
    "id",
    "version_no",
    "semver",
    "status",
    "owner",
    "description",
    "schema",
    "published_at",
    "source",
    "content_sha256",
    "contract",
    "files",
    "findings"
  })
  record Version(
      @JsonProperty("id") String id,
      @JsonProperty("version_no") int versionNo,
      @JsonProperty("semver") String semver,
      @JsonProperty("status") String status,
      @JsonProperty("owner") Owner owner,
      @JsonProperty("description") String description,
      @JsonProperty("schema") Schema schema,
      @JsonProperty("published_at") OffsetDateTime publishedAt,
      @JsonProperty("source") String source,
      @JsonProperty("content_sha256") String contentSha256,
      @JsonProperty("contract") String contract,
      @JsonProperty("files") Map<String, String> files,
      @JsonProperty("findings") List<FindingRecord> findings) {
    static Version of(ContractVersion v) {
      Map<String, String> files = v.files();
      if (files.isEmpty() && v.schemaFile() != null) {
        files = Map.of(v.schemaFile(), v.schemaText());
      }
      return new Version(
          v.contractId(),
          v.versionNo(),
          v.semver(),
          lower(v.status()),
          new Owner(v.ownerTeam()),
          v.description(),
          Schema.of(v),
          v.publishedAt(),
          v.source(),
          v.contentSha256(),
          v.contractYaml(),
          files,
          v.findings());
    }
  }

  @JsonPropertyOrder({"id", "version_no", "created", "schema", "findings"})
  record Published(
      @JsonProperty("id") String id,
      @JsonProperty("version_no") int versionNo,
      @JsonProperty("created") boolean created,
      @JsonProperty("schema") SchemaLink schema,
      @JsonProperty("findings") List<FindingRecord> findings) {
    static Published of(PublishResult r) {
      return new Published(r.contractId(), r.versionNo(), r.created(), r.schema(), r.findings());
    }
  }

  @JsonPropertyOrder({"id", "compared_with", "breaking", "findings"})
  record Checked(
      @JsonProperty("id") String id,
      @JsonProperty("compared_with") String comparedWith,
      @JsonProperty("breaking") boolean breaking,
      @JsonProperty("findings") List<FindingRecord> findings) {
    static Checked of(CheckResult r) {
      return new Checked(r.contractId(), r.comparedWith(), r.breaking(), r.findings());
    }
  }

  @JsonPropertyOrder({"id", "from", "to", "breaking", "findings"})
  record Diff(
      @JsonProperty("id") String id,
      @JsonProperty("from") int from,
      @JsonProperty("to") int to,
      @JsonProperty("breaking") boolean breaking,
      @JsonProperty("findings") List<FindingRecord> findings) {
    static Diff of(DiffResult r) {
      return new Diff(r.contractId(), r.from(), r.to(), r.breaking(), r.findings());
    }
  }

  /**
   * Pactum's error body, {@code {"error_code": n, "message": "…"}}, with the lint problems (422) or
   * the incompatibilities (409) when the refusal is about the contract's content.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"error_code", "message", "problems", "findings"})
  record Error(
      @JsonProperty("error_code") int errorCode,
      @JsonProperty("message") String message,
      @JsonProperty("problems") List<FindingRecord> problems,
      @JsonProperty("findings") List<FindingRecord> findings) {}
}
