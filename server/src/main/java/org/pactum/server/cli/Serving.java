package org.pactum.server.cli;

import java.util.concurrent.CountDownLatch;
import org.pactum.server.PactumApplication;

/** Runs the Dropwizard server command and keeps the CLI alive until the process is stopped. */
final class Serving {
  private Serving() {}

  static int run(PactumApplication application, String config) throws Exception {
    // Dropwizard exits the JVM with status 1 after printing the reason if start-up fails.
    application.run("server", config);
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
