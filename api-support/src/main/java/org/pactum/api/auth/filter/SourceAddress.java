package org.pactum.api.auth.filter;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key failed attempts are counted under: an IPv4 address as it is, an IPv6 address by its /64
 * network (one host usually holds a whole /64, so counting single addresses would let it rotate).
 */
public final class SourceAddress {
  private SourceAddress() {}

  public static String of(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isBlank()) {
      return "unknown";
    }
    String a = remoteAddress.strip();
    if (a.indexOf(':') < 0) {
      return a;
    }
    try {
      // a literal with ':' is parsed, never looked up
      InetAddress parsed = InetAddress.getByName(a.startsWith("[") ? a : "[" + a + "]");
      if (parsed instanceof Inet6Address v6) {
        return HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "::/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException e) {
      return a;
    }
  }
}
