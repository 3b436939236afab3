package org.pactum.api.auth;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team, as contracts name their owner ({@code owner.team}): letters, digits, {@code _ . -},
 * starting with a letter or digit, at most {@value #MAX_LENGTH} characters. Case matters, as in
 * contracts.
 */
public record TeamName(String value) implements Comparable<TeamName> {
  public static final int MAX_LENGTH = 100;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public TeamName {
    if (value == null || value.length() > MAX_LENGTH || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a team name is 1–"
              + MAX_LENGTH
              + " letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
  }

  public static TeamName of(String value) {
    return new TeamName(value);
  }

  /** The team a text names, if it is a valid team name. */
  public static Optional<TeamName> parse(String value) {
    try {
      return Optional.of(new TeamName(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(TeamName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
