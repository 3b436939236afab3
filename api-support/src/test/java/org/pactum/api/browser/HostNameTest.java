package org.pactum.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostNameTest {
  @Test
  void readsNamesAddressesAndPorts() {
    assertThat(HostName.parse("LocalHost:8080")).contains(new HostName("localhost", 8080));
    assertThat(HostName.parse("127.0.0.1")).contains(new HostName("127.0.0.1", -1));
    assertThat(HostName.parse("[::1]:9")).contains(new HostName("::1", 9));
    assertThat(HostName.parse("[::1]")).contains(new HostName("::1", -1));
    assertThat(HostName.parse("pactum.example.com."))
        .contains(new HostName("pactum.example.com", -1));
  }

  @Test
  void refusesWhatIsNoHost() {
    assertThat(HostName.parse(null)).isEmpty();
    assertThat(HostName.parse("")).isEmpty();
    assertThat(HostName.parse("::1")).isEmpty();
    assertThat(HostName.parse("[::1")).isEmpty();
    assertThat(HostName.parse("[::1]x")).isEmpty();
    assertThat(HostName.parse("localhost:")).isEmpty();
    assertThat(HostName.parse("localhost:99999")).isEmpty();
    assertThat(HostName.parse("evil.com/x")).isEmpty();
    assertThat(HostName.parse("a b")).isEmpty();
  }
}
