package org.pactum.registry.core.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private temporary folder holding one contract and its files, so the contract loader reads them
 * as it reads a checkout. Paths are checked before anything is written: relative, no {@code ..}, no
 * {@code .}, no empty segments, no backslashes or control characters; texts hold no NUL character
 * and no lone surrogate ({@link StorableText}); the contract's file and the files together stay
 * within {@link SubmissionLimits}. Nothing is read from outside the folder (the loader resolves
 * schema files and imports inside it), and {@link #close} deletes it.
 */
public final class ContractWorkspace implements AutoCloseable {
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_.-]+\\.contract\\.ya?ml");
  private static final int MAX_PATH = 512;

  private final Path root;
  private final Path contractFile;

  private ContractWorkspace(Path root, Path contractFile) {
    this.root = root;
    this.contractFile = contractFile;
  }

  /**
   * Writes the submission into a new temporary folder; {@link ContractCatalogException} (42202).
   */
  public static ContractWorkspace of(ContractSubmission submission, SubmissionLimits limits) {
    if (submission.contract() == null || submission.contract().isBlank()) {
      throw invalid("the request has no contract text (\"contract\")");
    }
    if (submission.files().size() > limits.maxFiles()) {
      throw invalid(
          "too many files: " + submission.files().size() + "; the limit is " + limits.maxFiles());
    }
    String name = contractFileName(submission.path());
    StorableText.require("the contract (" + name + ")", submission.contract());
    long bytes = utf8(submission.contract());
    for (Map.Entry<String, String> f : submission.files().entrySet()) {
      requireRelative(f.getKey());
      if (f.getValue() == null) {
        throw invalid("file '" + printable(f.getKey()) + "' has no text");
      }
      StorableText.require("file '" + f.getKey() + "'", f.getValue());
      bytes += utf8(f.getValue());
    }
    if (bytes > limits.maxBytes()) {
      throw invalid(
          "the contract and its files are "
              + bytes
              + " bytes (UTF-8); the limit is "
              + limits.maxBytes());
    }
    if (submission.files().containsKey(name)) {
      throw invalid("file '" + name + "' is the contract itself; send it as \"contract\"");
    }
    return write(name, submission.contract(), submission.files());
  }

  /** A stored version, materialised again (its paths were checked when it was published). */
  static ContractWorkspace of(String contractFileName, String yaml, Map<String, String> files) {
    return write(contractFileName, yaml, files);
  }

  private static ContractWorkspace write(String name, String yaml, Map<String, String> files) {
    Path root = null;
    try {
      root = Files.createTempDirectory("pactum-contract").toRealPath();
      Path contract = root.resolve(name);
      Files.writeString(contract, yaml, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = root.resolve(f.getKey()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw invalid("file path '" + printable(f.getKey()) + "' leaves the contract's folder");
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
      }
      return new ContractWorkspace(root, contract);
    } catch (IOException e) {
      delete(root);
      throw new UncheckedIOException("cannot write the contract's temporary folder", e);
    } catch (RuntimeException e) {
      delete(root);
      throw e;
    }
  }

  public Path root() {
    return root;
  }

  public Path contractFile() {
    return contractFile;
  }

  /** True when the path is inside this folder. */
  public boolean contains(Path p) {
    return p.toAbsolutePath().normalize().startsWith(root);
  }

  /** The path relative to the folder, with {@code /} separators; the file name when outside. */
  public String relative(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
    return root.relativize(abs).toString().replace('\\', '/');
  }

  @Override
  public void close() {
    delete(root);
  }

  /**
   * The submitted path's file name when it is a contract file's name; else {@code
   * contract.contract.yaml}.
   */
  static String contractFileName(String path) {
    if (path != null) {
      String p = path.replace('\\', '/');
      String name = p.substring(p.lastIndexOf('/') + 1);
      if (FILE_NAME.matcher(name).matches()) {
        return name;
      }
    }
    return "contract.contract.yaml";
  }

  static void requireRelative(String path) {
    if (path == null || path.isEmpty()) {
      throw invalid("a file has an empty path");
    }
    if (path.length() > MAX_PATH) {
      throw invalid("file path longer than " + MAX_PATH + " characters");
    }
    StorableText.require("a file path", path);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        throw invalid(
            "file path '"
                + printable(path)
                + "' has a control character, a backslash or a colon; use relative paths with /");
      }
    }
    if (path.startsWith("/")) {
      throw invalid(
          "file path '" + printable(path) + "' is absolute; paths are relative to the contract");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(
            "file path '"
                + printable(path)
                + "' has an empty, '.' or '..' segment; files must lie inside the contract's"
                + " folder");
      }
    }
  }

  private static ContractCatalogException invalid(String message) {
    return new ContractCatalogException(ContractError.INVALID_FILES, message);
  }

  private static String printable(String s) {
    String shown = s.length() > 80 ? s.substring(0, 80) + "…" : s;
    StringBuilder b = new StringBuilder();
    shown
        .codePoints()
        .forEach(
            c ->
                b.append(
                    Character.isISOControl(c)
                        ? "\\u" + String.format("%04x", c)
                        : Character.toString(c)));
    return b.toString();
  }

  private static long utf8(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void delete(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing a request for
    }
  }
}
