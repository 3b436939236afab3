package org.pactum.server;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import net.sourceforge.argparse4j.inf.Namespace;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.db.StartupException;

/**
 * Dropwizard's {@code server} command, except that a start-up problem the operator can fix (port in
 * use, data directory unusable, failed migration) prints one clear line, not a stack trace.
 */
final class PactumServerCommand extends ServerCommand<PactumConfiguration> {

  PactumServerCommand(PactumApplication application) {
    super(application);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    StartupException startup = startupCause(e);
    if (startup == null) {
      super.onError(cli, namespace, e);
      return;
    }
    cli.getStdErr().println("pactum: " + startup.getMessage());
  }

  private static StartupException startupCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StartupException s) {
        return s;
      }
    }
    return null;
  }
}
