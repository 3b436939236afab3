package org.pactum.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PactumHomeTest {
  private final PactumHome home = new PactumHome(Path.of("/opt/pactum"), Path.of("/home/ada"));

  @Test
  void tildeIsTheUsersHome() {
    assertThat(home.resolve("~/.pactum/pg")).isEqualTo(Path.of("/home/ada/.pactum/pg"));
    assertThat(home.resolve("~")).isEqualTo(Path.of("/home/ada"));
  }

  @Test
  void relativePathsAreTakenFromPactumHome() {
    assertThat(home.resolve("contracts/examples"))
        .isEqualTo(Path.of("/opt/pactum/contracts/examples"));
  }

  @Test
  void absolutePathsStayAsTheyAre() {
    assertThat(home.resolve("/srv/contracts/../c")).isEqualTo(Path.of("/srv/c"));
  }

  @Test
  void withoutPactumHomeTheWorkingDirectoryIsHome() {
    PactumHome fromEnv = PactumHome.fromEnvironment(java.util.Map.of());
    assertThat(fromEnv.home()).isEqualTo(Path.of("").toAbsolutePath());
  }
}
