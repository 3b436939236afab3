package org.pactum.lineage.core;

/**
 * Something in the SQL the analyzer could not resolve; it reports it rather than guess.
 *
 * @param statement the statement's position in the script, from 1
 * @param message what could not be resolved, and how to help
 */
public record SqlProblem(int statement, String message) {
  @Override
  public String toString() {
    return "statement " + statement + ": " + message;
  }
}
