package org.pactum.contracts.schema;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The contract's folder as Wire sees it (absolute), its real path, and as the user gave it, and the
 * file system Wire reads through. Every path in a problem is shown relative to the folder as given,
 * and every message is scrubbed of the absolute folder, so no server path reaches a client.
 */
record ProtoPaths(Path dir, Path real, Path displayBase, ConfinedFileSystem fileSystem) {

  /** A Wire location (absolute) shown relative to the contract's folder as the user gave it. */
  Path display(Path absolute) {
    Path normalized = absolute.toAbsolutePath().normalize();
    return normalized.startsWith(dir)
        ? displayBase.resolve(dir.relativize(normalized))
        : Path.of(String.valueOf(absolute.getFileName()));
  }

  /** A Wire location relative to the contract's folder, with {@code /}. */
  String relative(Path absolute) {
    Path normalized = absolute.toAbsolutePath().normalize();
    Path shown = normalized.startsWith(dir) ? dir.relativize(normalized) : normalized.getFileName();
    return String.valueOf(shown).replace('\\', '/');
  }

  /** Why an import, as written, is kept from Wire; null when it is not. */
  Refusal refusal(String importPath) {
    Refusal lexical = Refusal.of(importPath);
    if (lexical != null) {
      return lexical;
    }
    return fileSystem.refuses(okio.Path.get(dir.toString()).resolve(importPath))
        ? Refusal.SYMLINK // relative, without '..': only a link can take it out of the root
        : null;
  }

  /** The message with the real folder (and the folder as given, if absolute) taken out. */
  String scrub(String message) {
    String out = message;
    for (Path base : List.of(dir, real)) {
      String b = base.toString();
      if (b.length() > 1) {
        out = out.replace(b + File.separator, "").replace(b, ".");
      }
    }
    return out;
  }
}
