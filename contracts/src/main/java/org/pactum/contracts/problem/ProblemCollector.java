package org.pactum.contracts.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.model.SourcePosition;

/**
 * Collects the problems found in one file, so that parsing and linting report everything in one
 * pass instead of stopping at the first mistake. Not thread-safe; one per file being checked.
 */
public final class ProblemCollector {
  private final Path file;
  private final List<Problem> problems = new ArrayList<>();

  public ProblemCollector(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public void error(SourcePosition at, String code, String message) {
    problems.add(Problem.error(file, at.line(), at.column(), code, message));
  }

  public void warning(SourcePosition at, String code, String message) {
    problems.add(Problem.warning(file, at.line(), at.column(), code, message));
  }

  public void add(Problem problem) {
    problems.add(problem);
  }

  public void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public int errorCount() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  /** The problems so far, sorted by position. */
  public List<Problem> problems() {
    return problems.stream().sorted().toList();
  }
}
