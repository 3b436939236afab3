package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {
  @TempDir Path dir;

  @Test
  void aSecretIsGeneratedOnceOwnerOnlyAndReused() throws Exception {
    Path file = dir.resolve("data/erasure-secret");
    byte[] first = SecretFile.load("", file);
    assertThat(first).hasSize(32);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(SecretFile.load(null, file)).isEqualTo(first);
    assertThat(new SubjectHasher(first).hmac("x"))
        .isEqualTo(new SubjectHasher(SecretFile.load("", file)).hmac("x"))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void aConfiguredSecretWinsAndNoFileIsWritten() {
    Path file = dir.resolve("unused");
    assertThat(SecretFile.load("configured-secret-0123", file))
        .isEqualTo("configured-secret-0123".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void aDamagedFileIsRefused() throws Exception {
    Path file = dir.resolve("bad");
    Files.writeString(file, "c2hvcnQ=\n"); // "short"
    assertThatThrownBy(() -> SecretFile.load("", file)).hasMessageContaining("too short");
  }
}
