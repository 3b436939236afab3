package org.pactum.lineage.erasure.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The erasure secret: the configured one, or else a 32-byte random secret generated once and kept
 * (base64, owner-only permissions where the file system has them) in a file in Pactum's data
 * directory. Losing the file makes existing requests unverifiable: back it up with the database.
 */
public final class SecretFile {
  private SecretFile() {}

  /** The configured secret's bytes (UTF-8), or the file's, creating the file when absent. */
  public static byte[] load(String configured, Path file) {
    if (configured != null && !configured.isBlank()) {
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] secret = Base64.getDecoder().decode(Files.readString(file).strip());
      if (secret.length < 16) {
        throw new IllegalStateException("the erasure secret file " + file + " is too short");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the erasure secret file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the erasure secret file " + file + " is not base64", e);
    }
  }

  private static void create(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".erasure", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system
      }
      Files.writeString(
          tmp, Base64.getEncoder().encodeToString(secret) + "\n", StandardOpenOption.WRITE);
      try {
        Files.move(tmp, file); // no replace: a concurrent creator wins, and we read its secret
      } catch (FileAlreadyExistsException e) {
        // another process created it first
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
