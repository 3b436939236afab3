package org.pactum.bench;

import java.util.ArrayList;
import java.util.List;

/** {@link RegistryLoadBench}'s command-line options. */
final class RegistryLoadOptions {
  String jar = System.getProperty("pactum.jar", "server/target/pactum.jar");
  int clients = 32;
  int seconds = 10;
  int rounds = 2;
  int warmupSeconds = 15;
  int postSeconds = 10;
  int subjects = 20;
  int versions = 15;
  boolean keep;
  List<String> serverJvmOptions = new ArrayList<>();

  static RegistryLoadOptions parse(String[] args) {
    RegistryLoadOptions o = new RegistryLoadOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--jar" -> o.jar = args[++i];
        case "--clients" -> o.clients = Integer.parseInt(args[++i]);
        case "--seconds" -> o.seconds = Integer.parseInt(args[++i]);
        case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> o.warmupSeconds = Integer.parseInt(args[++i]);
        case "--post-seconds" -> o.postSeconds = Integer.parseInt(args[++i]);
        case "--subjects" -> o.subjects = Integer.parseInt(args[++i]);
        case "--versions" -> o.versions = Integer.parseInt(args[++i]);
        case "--server-jvm-option" -> o.serverJvmOptions.add(args[++i]);
        case "--keep" -> o.keep = true;
        default -> {
          System.err.println(
              "usage: RegistryLoadBench [--jar PATH] [--clients N] [--seconds N] [--rounds N]"
                  + " [--warmup N] [--post-seconds N] [--subjects N] [--versions N]"
                  + " [--server-jvm-option OPT]… [--keep]");
          System.exit(2);
        }
      }
    }
    return o;
  }
}
