package org.pactum.registry.core;

/** Subject-name rules: what Confluent accepts, and safe rendering of a name in messages. */
public final class SubjectNames {
  /** Longer names are refused; PostgreSQL indexes them fine, but nobody needs them. */
  public static final int MAX_LENGTH = 1024;

  private SubjectNames() {}

  /**
   * Throws {@link InvalidSubjectException} for an empty name, a name with ISO control characters
   * (as Confluent does) or a name beyond {@link #MAX_LENGTH}.
   */
  public static String requireValid(String subject) {
    if (subject == null || subject.isEmpty()) {
      throw new InvalidSubjectException("The specified subject is not valid: it is empty");
    }
    if (subject.length() > MAX_LENGTH) {
      throw new InvalidSubjectException(
          "The specified subject is not valid: longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < subject.length(); i++) {
      if (Character.isISOControl(subject.charAt(i))) {
        throw new InvalidSubjectException(
            "The specified subject is not valid: '"
                + printable(subject)
                + "' contains a control character at index "
                + i);
      }
    }
    return subject;
  }

  /** The text with control characters shown as {@code \\uXXXX}, for messages and logs. */
  public static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
