package org.pactum.registry.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One contract document as it is published: the contract YAML with the schema text it names, the
 * files it needs (the schema file and, for Protobuf, the files it imports), and the facts the
 * catalog lists without re-parsing.
 *
 * @param source where it came from: the contract file's path, or {@code api} followed by the path
 *     the client gave
 * @param schemaFile the schema file's path relative to the contract's folder, or null (documents
 *     published before files were kept)
 * @param files every file of the version by its path relative to the contract's folder (the schema
 *     file and its Protobuf imports), so the version can be loaded again; may be empty
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
    String source,
    String schemaFile,
    SortedMap<String, String> files) {

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
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files == null ? Map.of() : files));
  }

  /** A document without its files (the schema text only). */
  public ContractDocument(
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
    this(
        contractId,
        semver,
        status,
        ownerTeam,
        description,
        schemaFormat,
        compatibility,
        contractYaml,
        schemaText,
        source,
        null,
        new TreeMap<>());
  }

  /**
   * SHA-256 over the YAML, the schema text and every other file (path and text, in path order):
   * equal content is the same version. A document whose only file is its schema hashes as it did
   * before files were kept, so existing versions are not re-published.
   */
  public String contentSha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(contractYaml.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(schemaText.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> f : files.entrySet()) {
        if (f.getKey().equals(schemaFile)) {
          continue;
        }
        digest.update((byte) 0);
        digest.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(f.getValue().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
