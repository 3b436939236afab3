package org.pactum.server.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Earlier versions of contract files from git, without a server: the contract's folder (its schema
 * and Protobuf imports come along) as it was at a ref, extracted with {@code git archive}.
 */
public final class GitRevisions {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path workDir;

  /**
   * @param workDir an empty scratch folder the caller deletes afterwards
   */
  public GitRevisions(Path workDir) {
    this.workDir = workDir;
  }

  /**
   * The path, inside the scratch folder, of {@code contractFile} as it was at {@code ref}; empty
   * when the file did not exist then (a new contract).
   */
  public Optional<Path> at(Path contractFile, String ref) throws GateInputException {
    Path file = real(contractFile);
    Path dir = file.getParent();
    Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").trim());
    if (git(top, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), true).isBlank()) {
      throw new GateInputException("unknown git ref '" + ref + "' in " + top);
    }
    Path relDir = top.relativize(dir);
    String relFile = gitPath(relDir.resolve(file.getFileName()));
    if (git(top, List.of("ls-tree", "--name-only", ref, "--", relFile), true).isBlank()) {
      return Optional.empty();
    }
    Path target = workDir.resolve(sanitize(ref));
    try {
      Files.createDirectories(target);
      Path tar = Files.createTempFile(workDir, "rev", ".tar");
      run(
          top,
          List.of(
              "git",
              "archive",
              "--format=tar",
              "--output=" + tar,
              ref,
              "--",
              relDir.toString().isEmpty() ? "." : gitPath(relDir)),
          false);
      run(target, List.of("tar", "-xf", tar.toString()), false);
    } catch (IOException e) {
      throw new GateInputException(
          "cannot extract " + relDir + " at " + ref + ": " + e.getMessage(), e);
    }
    return Optional.of(target.resolve(relDir).resolve(file.getFileName()));
  }

  private static Path real(Path p) throws GateInputException {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new GateInputException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static String gitPath(Path p) {
    return p.toString().replace('\\', '/');
  }

  private static String sanitize(String ref) {
    return ref.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String git(Path dir, String... args) throws GateInputException {
    return git(dir, List.of(args), false);
  }

  private static String git(Path dir, List<String> args, boolean allowFailure)
      throws GateInputException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(args);
    return run(dir, command, allowFailure);
  }

  private static String run(Path dir, List<String> command, boolean allowFailure)
      throws GateInputException {
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      byte[] output = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new GateInputException(String.join(" ", command) + " did not finish");
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        if (allowFailure) {
          return "";
        }
        throw new GateInputException(
            "'" + String.join(" ", command) + "' failed in " + dir + ": " + text.strip());
      }
      return text;
    } catch (IOException e) {
      throw new GateInputException(
          "cannot run " + command.get(0) + " (is it installed?): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GateInputException("interrupted", e);
    }
  }
}
