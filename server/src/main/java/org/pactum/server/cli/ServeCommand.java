package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.server.PactumApplication;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pactum serve [CONFIG]}: runs the server until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the Pactum server (REST API and UI) until stopped.")
final class ServeCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "Configuration file (default: the built-in server/config/pactum.yml).")
  String config = PactumSourceProvider.DEFAULT;

  @Override
  public Integer call() throws Exception {
    return Serving.run(
        new PactumApplication(
            PactumHome.fromEnvironment(System.getenv()),
            port -> System.out.println("Pactum is serving on http://localhost:" + port + "/ui/")),
        config);
  }
}
