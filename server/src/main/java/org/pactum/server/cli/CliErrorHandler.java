package org.pactum.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An unexpected failure in a command: one line on stderr and exit code 2; the stack trace only with
 * {@code PACTUM_DEBUG=1}.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    cmd.getErr().println("pactum: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if ("1".equals(System.getenv("PACTUM_DEBUG"))) {
      e.printStackTrace(cmd.getErr());
    }
    return ExitCodes.INPUT_ERROR;
  }
}
