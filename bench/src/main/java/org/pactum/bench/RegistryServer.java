package org.pactum.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Pactum server under {@link RegistryLoadBench} and {@link RegistryAuthBench}: {@code java
 * -jar pactum.jar serve} in a temporary folder (its embedded PostgreSQL, contracts folder and log),
 * on free loopback ports, with authentication off ({@code auth.mode: none}) unless asked; stopped
 * with its descendants, and its CPU time read from the operating system. It may be paused (stopped,
 * its folder kept) and started again, and its store copied into another server's folder.
 */
final class RegistryServer {
  private final RegistryLoadOptions options;
  private final String authMode;
  private Process server;
  private Path workDir;
  private int port;
  private int adminPort;

  /** A server without authentication: the clients send no credentials. */
  RegistryServer(RegistryLoadOptions options) {
    this(options, "none");
  }

  /**
   * @param authMode {@code auth.mode}: {@code none} or {@code required}
   */
  RegistryServer(RegistryLoadOptions options, String authMode) {
    this.options = options;
    this.authMode = authMode;
  }

  /** The application port (valid once started). */
  int port() {
    return port;
  }

  /** The admin port (valid once started). */
  int adminPort() {
    return adminPort;
  }

  /** Starts the server and waits until it answers {@code GET /subjects}. */
  void start() throws IOException, InterruptedException {
    Path jar = Paths.get(options.jar).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no server jar at " + jar + "; build it (mvn -B -q -DskipTests package) or pass --jar");
    }
    folder();
    Path pgData = Files.createDirectories(workDir.resolve("pg"));
    Path contracts = Files.createDirectories(workDir.resolve("contracts"));
    port = freePort();
    adminPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.serverJvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.directory(workDir.toFile());
    pb.environment().put("PACTUM_PORT", Integer.toString(port));
    pb.environment().put("PACTUM_ADMIN_PORT", Integer.toString(adminPort));
    pb.environment().put("PACTUM_PG_DATA", pgData.toString());
    pb.environment().put("PACTUM_CONTRACTS", contracts.toString());
    pb.environment().put("PACTUM_LOG_LEVEL", "WARN");
    pb.environment().put("PACTUM_AUTH_MODE", authMode);
    pb.environment().remove("PACTUM_DATABASE_URL");
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
    Progress.print(
        "starting %s serve (auth.mode %s) on port %d (admin %d); log %s",
        jar, authMode, port, adminPort, workDir.resolve("server.log"));
    long t0 = System.nanoTime();
    server = pb.start();
    HttpConnection c = new HttpConnection("127.0.0.1", port);
    long deadline = t0 + Duration.ofSeconds(180).toNanos();
    while (true) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited with " + server.exitValue());
      }
      try {
        int status = c.get("/subjects");
        if (status == 200 || (status == 401 && !authMode.equals("none"))) {
          break;
        }
      } catch (IOException e) {
        c.close();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the server did not answer GET /subjects within 180 s");
      }
      Thread.sleep(250);
    }
    c.close();
    Progress.print("server up after %.1f s (pid %d)", (System.nanoTime() - t0) / 1e9, server.pid());
  }

  /** Its folder (created on first use): the store under {@code pg}, {@code server.log}. */
  private Path folder() throws IOException {
    if (workDir == null) {
      workDir = Files.createTempDirectory("pactum-bench-");
    }
    return workDir;
  }

  /**
   * Copies the store of {@code other} (paused or stopped with {@code --keep}) into this server's
   * folder, before this one starts: the same schemas under the same ids, the same tokens.
   */
  void copyStoreOf(RegistryServer other) throws IOException {
    if (server != null || other.server != null) {
      throw new IllegalStateException("copy a store only between stopped servers");
    }
    Path pg = folder().resolve("pg");
    TempDirs.copyTree(other.workDir.resolve("pg"), pg);
    Files.deleteIfExists(pg.resolve("postmaster.pid"));
    // PostgreSQL starts only on a data directory no one else may read
    Files.setPosixFilePermissions(pg, PosixFilePermissions.fromString("rwx------"));
  }

  /** Stops the server and its descendants, keeping its folder for {@link #start()} again. */
  void pause() {
    halt();
  }

  /** Stops the server and its descendants; deletes the folder unless {@code --keep}. */
  synchronized void stop() {
    halt();
    if (workDir != null && !options.keep) {
      try {
        TempDirs.deleteTree(workDir);
      } catch (IOException | UncheckedIOException e) {
        System.err.println("could not delete " + workDir + ": " + e);
      }
      workDir = null;
    }
  }

  private synchronized void halt() {
    Process p = server;
    if (p == null) {
      return;
    }
    server = null;
    Progress.print("stopping the server (pid %d)", p.pid());
    List<ProcessHandle> descendants = p.descendants().toList();
    p.destroy();
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle d : descendants) {
        if (d.isAlive()) {
          d.destroy();
        }
      }
      for (ProcessHandle d : descendants) {
        d.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      for (ProcessHandle d : descendants) {
        d.destroyForcibly();
      }
    }
  }

  /** Prints the last 40 lines of the server's log to stderr. */
  void printLogTail() {
    if (workDir == null) {
      return;
    }
    Path log = workDir.resolve("server.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      System.err.println("---- last lines of " + log);
      lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
    } catch (IOException e) {
      System.err.println("no server log: " + e);
    }
  }

  /** The CPU time of the server and its descendants (the embedded PostgreSQL), in ns. */
  long cpuNanos() {
    Process p = server;
    if (p == null) {
      return 0;
    }
    long sum = cpu(p.toHandle());
    for (ProcessHandle d : p.descendants().toList()) {
      sum += cpu(d); // the embedded PostgreSQL and its backends
    }
    return sum;
  }

  private static long cpu(ProcessHandle h) {
    return h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
