package org.pactum.api.browser;

import java.util.Set;

/**
 * The host names the server answers to, with any port; {@code any} turns the check off (a proxy in
 * front rewrites {@code Host}).
 */
record HostAllowList(boolean any, Set<String> names) {
  HostAllowList {
    names = Set.copyOf(names);
  }

  boolean allows(HostName host) {
    return any || names.contains(host.host());
  }
}
