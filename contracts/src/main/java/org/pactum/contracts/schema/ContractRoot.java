package org.pactum.contracts.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The folder a contract's files must lie in: the schema file and the Protobuf imports a contract
 * names resolve only inside it. A path is refused when it is absolute, has a {@code ..} segment,
 * lands outside the root, or is (or passes through) a symbolic link below the root — a symlink is
 * refused even when it points inside the root. Symlinks above the root (say, a checkout under a
 * linked home folder) are resolved once, when the root is made.
 *
 * <p>The root of a contract loaded from a configured folder is that folder; of a contract file
 * given on its own, the file's folder.
 */
public final class ContractRoot {
  private final Path dir;

  private ContractRoot(Path dir) {
    this.dir = dir;
  }

  /** The root at a folder (its real path when it exists). */
  public static ContractRoot of(Path folder) {
    return new ContractRoot(real(folder));
  }

  /** The root of a contract file given on its own: its folder. */
  public static ContractRoot folderOf(Path contractFile) {
    Path parent = contractFile.toAbsolutePath().normalize().getParent();
    return of(parent == null ? Path.of("") : parent);
  }

  /** The root folder, absolute and real. */
  public Path dir() {
    return dir;
  }

  /**
   * A path as a contract wrote it ({@code schema.file}), resolved against {@code folder} (the
   * contract's folder): where to read it, or why it is refused. Does not check that it exists.
   */
  public RootedPath resolve(Path folder, String written) {
    Refusal lexical = Refusal.of(written);
    if (lexical != null) {
      return new RootedPath.Refused(lexical);
    }
    Path target;
    try {
      if (Path.of(written).isAbsolute()) {
        return new RootedPath.Refused(Refusal.ABSOLUTE);
      }
      target = real(folder).resolve(written).normalize();
    } catch (InvalidPathException e) {
      return new RootedPath.Refused(Refusal.INVALID);
    }
    return check(target);
  }

  /**
   * An absolute path (as a schema loader asks for it) checked against the root: inside it, with no
   * {@code ..} segment and no symbolic link below the root.
   */
  public RootedPath check(Path absolute) {
    for (Path name : absolute) {
      if (name.toString().equals("..")) {
        return new RootedPath.Refused(Refusal.PARENT);
      }
    }
    Path target = absolute.toAbsolutePath().normalize();
    if (!target.startsWith(dir)) {
      return new RootedPath.Refused(Refusal.OUTSIDE);
    }
    Path step = dir;
    for (Path name : dir.relativize(target)) {
      step = step.resolve(name);
      if (Files.isSymbolicLink(step)) {
        return new RootedPath.Refused(Refusal.SYMLINK);
      }
    }
    return new RootedPath.Inside(target);
  }

  /** The folder's real path; its absolute, normalized path when it does not exist. */
  public static Path real(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      return abs;
    }
  }

  @Override
  public String toString() {
    return "ContractRoot[" + dir + "]";
  }
}
