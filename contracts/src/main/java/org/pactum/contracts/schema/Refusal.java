package org.pactum.contracts.schema;

import java.util.regex.Pattern;

/** Why a path a contract wrote is not read: each breaks the rule that files stay in the root. */
public enum Refusal {
  ABSOLUTE("is an absolute path"),
  PARENT("has a '..' segment"),
  OUTSIDE("lies outside the contract's folder"),
  SYMLINK("is, or passes through, a symbolic link"),
  INVALID("is not a valid path");

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

  static final String RULE =
      "paths are relative to the contract's folder and stay inside it (no '..', no absolute"
          + " paths, no symbolic links)";

  private final String reason;

  Refusal(String reason) {
    this.reason = reason;
  }

  /**
   * Why a path as written is refused by its spelling alone (absolute, a {@code ..} segment); null
   * when its spelling is fine.
   */
  public static Refusal of(String written) {
    if (written == null || written.isEmpty()) {
      return INVALID;
    }
    if (written.startsWith("/") || written.startsWith("\\") || DRIVE.matcher(written).find()) {
      return ABSOLUTE;
    }
    for (String segment : written.split("[/\\\\]", -1)) {
      if (segment.equals("..")) {
        return PARENT;
      }
    }
    return null;
  }

  /**
   * What is refused. A path that is absolute or climbs out is not repeated (it names a place
   * outside the contract's folder; the problem's position says which value it is); any other path
   * is quoted as the contract wrote it.
   */
  public String message(String what, String written) {
    return message(what, written, "");
  }

  /**
   * As {@link #message(String, String)}, with where the path was written ({@code " on line 2"}).
   */
  public String message(String what, String written, String where) {
    boolean pointsOutside = this == ABSOLUTE || this == PARENT;
    return what + (pointsOutside ? "" : " '" + written + "'") + where + " " + reason + "; " + RULE;
  }
}
