package org.pactum.registry.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One contract document as it is published: the contract YAML with the schema text it names, and
 * the facts the catalog lists without re-parsing.
 *
 * @param source where it came from: the contract file's path, or {@code api}
 */
public record ContractDocument(
    String contractId,
    String semver,
    String status,
    String ownerTeam,
    String description,
    String schemaFormat,
    String compatibility,
    String contractYaml,
    String schemaText,
    String source) {

  public ContractDocument {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(semver, "semver");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ownerTeam, "ownerTeam");
    Objects.requireNonNull(schemaFormat, "schemaFormat");
    Objects.requireNonNull(compatibility, "compatibility");
    Objects.requireNonNull(contractYaml, "contractYaml");
    Objects.requireNonNull(schemaText, "schemaText");
    Objects.requireNonNull(source, "source");
  }

  /** SHA-256 over the YAML and the schema text: equal content is the same version. */
  public String contentSha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(contractYaml.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(schemaText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
