package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemVerTest {

  private static SemVer v(String text) {
    return SemVer.parse(text).orElseThrow();
  }

  @Test
  void followsSemVerPrecedence() {
    // the example chain of SemVer 2.0.0 item 11
    String[] chain = {
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
      "1.0.1",
      "1.10.0",
      "2.0.0"
    };
    for (int i = 1; i < chain.length; i++) {
      assertThat(v(chain[i - 1])).as(chain[i - 1] + " < " + chain[i]).isLessThan(v(chain[i]));
    }
    assertThat(v("1.0.0+build.1")).isEqualByComparingTo(v("1.0.0+build.2"));
  }

  @Test
  void rejectsWhatIsNotSemVer() {
    assertThat(SemVer.parse("3.1")).isEmpty();
    assertThat(SemVer.parse("01.0.0")).isEmpty();
    assertThat(SemVer.parse(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.3, 2.0.0, MAJOR",
    "1.2.3, 1.3.0, MINOR",
    "1.2.3, 1.2.4, PATCH",
    "1.2.3, 1.2.3, NONE",
    "1.2.3, 1.2.2, NONE",
    "1.2.3, 1.2.3+b, NONE",
    "2.0.0-rc.1, 2.0.0-rc.2, PRERELEASE",
    "2.0.0-rc.1, 2.0.0, PRERELEASE",
    "1.9.9, 2.0.0-rc.1, MAJOR"
  })
  void measuresTheBump(String before, String after, VersionBump bump) {
    assertThat(v(after).bumpFrom(v(before))).isEqualTo(bump);
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.3, MAJOR, 2.0.0",
    "1.2.3, MINOR, 1.3.0",
    "1.2.3, PATCH, 1.2.4",
    "1.3.0-rc.1, PATCH, 1.3.0"
  })
  void suggestsTheNextVersion(String from, VersionBump bump, String next) {
    assertThat(VersionRule.next(v(from), bump)).isEqualTo(next);
  }
}
