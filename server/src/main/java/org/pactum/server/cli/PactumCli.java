package org.pactum.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pactum}: the command line. Exit codes: 0 ok, 1 problems found, 2 usage or input error. */
@Command(
    name = "pactum",
    mixinStandardHelpOptions = true,
    versionProvider = PactumVersion.class,
    description = "Data contracts and data quality: registry, checks, lineage, erasure.",
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      DbCommand.class,
      ContractCommand.class,
      ChecksCommand.class,
      BaselineCommand.class,
      AlertsCommand.class,
      StreamCommand.class,
      LineageCommand.class,
      ErasureCommand.class,
      TokenCommand.class,
      AuditCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PactumCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static CommandLine commandLine() {
    return new CommandLine(new PactumCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new CliErrorHandler());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
