package org.pactum.contracts.schema;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.List;
import kotlin.sequences.Sequence;
import kotlin.sequences.SequencesKt;
import okio.FileHandle;
import okio.FileMetadata;
import okio.FileSystem;
import okio.ForwardingFileSystem;
import okio.Path;
import okio.Sink;
import okio.Source;

/**
 * A read-only view of the file system that shows Wire's schema loader only the files inside a
 * {@link ContractRoot}: a path outside it, with a {@code ..} segment, or through a symbolic link
 * does not exist as far as Wire can tell, so an import cannot reach any other file.
 */
final class ConfinedFileSystem extends ForwardingFileSystem {
  private final ContractRoot root;
  private final java.nio.file.Path given;
  private final java.nio.file.Path real;

  /**
   * @param given the contract's folder as Wire is told it (absolute, maybe through links above the
   *     root)
   * @param real the same folder's real path, inside the root
   */
  ConfinedFileSystem(
      FileSystem delegate, ContractRoot root, java.nio.file.Path given, java.nio.file.Path real) {
    super(delegate);
    this.root = root;
    this.given = given;
    this.real = real;
  }

  /** Whether Wire is kept from this path. */
  boolean refuses(Path path) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(path.toString());
      for (java.nio.file.Path name : p) {
        if (name.toString().equals("..")) {
          return true;
        }
      }
      if (p.isAbsolute() && p.normalize().startsWith(given)) {
        p = real.resolve(given.relativize(p.normalize()));
      }
      return root.check(p) instanceof RootedPath.Refused;
    } catch (InvalidPathException e) {
      return true;
    }
  }

  private Path allowed(Path path) throws IOException {
    if (refuses(path)) {
      throw new FileNotFoundException("no such file: " + path.name());
    }
    return path;
  }

  @Override
  public FileMetadata metadataOrNull(Path path) throws IOException {
    return refuses(path) ? null : super.metadataOrNull(path);
  }

  @Override
  public Path canonicalize(Path path) throws IOException {
    return super.canonicalize(allowed(path));
  }

  @Override
  public List<Path> list(Path dir) throws IOException {
    return super.list(allowed(dir)).stream().filter(p -> !refuses(p)).toList();
  }

  @Override
  public List<Path> listOrNull(Path dir) {
    if (refuses(dir)) {
      return null;
    }
    List<Path> all = super.listOrNull(dir);
    return all == null ? null : all.stream().filter(p -> !refuses(p)).toList();
  }

  @Override
  public Sequence<Path> listRecursively(Path dir, boolean followSymlinks) {
    if (refuses(dir)) {
      return SequencesKt.emptySequence();
    }
    return SequencesKt.filter(super.listRecursively(dir, false), p -> !refuses(p));
  }

  @Override
  public FileHandle openReadOnly(Path file) throws IOException {
    return super.openReadOnly(allowed(file));
  }

  @Override
  public Source source(Path file) throws IOException {
    return super.source(allowed(file));
  }

  @Override
  public FileHandle openReadWrite(Path file, boolean mustCreate, boolean mustExist)
      throws IOException {
    throw readOnly();
  }

  @Override
  public Sink sink(Path file, boolean mustCreate) throws IOException {
    throw readOnly();
  }

  @Override
  public Sink appendingSink(Path file, boolean mustExist) throws IOException {
    throw readOnly();
  }

  @Override
  public void createDirectory(Path dir, boolean mustCreate) throws IOException {
    throw readOnly();
  }

  @Override
  public void atomicMove(Path source, Path target) throws IOException {
    throw readOnly();
  }

  @Override
  public void delete(Path path, boolean mustExist) throws IOException {
    throw readOnly();
  }

  @Override
  public void createSymlink(Path source, Path target) throws IOException {
    throw readOnly();
  }

  private static IOException readOnly() {
    return new IOException("the schema loader's file system is read-only");
  }
}
