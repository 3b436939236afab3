package org.pactum.server.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class PactumVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = PactumVersion.class.getPackage().getImplementationVersion();
    return new String[] {"pactum " + (v == null ? "(development build)" : v)};
  }
}
