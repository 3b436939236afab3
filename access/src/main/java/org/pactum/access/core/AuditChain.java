package org.pactum.access.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.api.audit.AuditEntry;

/**
 * The audit chain's hashing: a link's hash is {@code hex(SHA-256(UTF-8(prev_hash) || UTF-8(JSON)))}
 * where the JSON is the object {@code seq, occurred_at, principal, role, action, target, status,
 * outcome, source, request_id, prev_hash} in that order, timestamps ISO-8601 UTC (microseconds at
 * most, as PostgreSQL keeps them). The first link's {@code prev_hash} is 64 zeros.
 */
public final class AuditChain {
  public static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditChain() {}

  public static String hash(long seq, AuditEntry e, String prevHash) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("seq", seq);
    row.put("occurred_at", e.at().toString());
    row.put("principal", e.principal());
    row.put("role", e.role());
    row.put("action", e.action());
    row.put("target", e.target());
    row.put("status", e.status());
    row.put("outcome", e.outcome().name());
    row.put("source", e.source());
    row.put("request_id", e.requestId());
    row.put("prev_hash", prevHash);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prevHash.getBytes(StandardCharsets.UTF_8));
      sha.update(JSON.writeValueAsBytes(row));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException ex) {
      throw new IllegalStateException("cannot hash an audit link", ex);
    }
  }

  /** Walks links in order; {@link #next} per link, {@link #result} at the end. */
  public static final class Walker {
    private long checked;
    private long expectedSeq = 1;
    private String prevHash = GENESIS;
    private ChainCheck broken;

    /** False once a broken link was found (the walk may stop). */
    public boolean next(AuditLink link) {
      if (broken != null) {
        return false;
      }
      checked++;
      if (link.seq() != expectedSeq) {
        broken =
            ChainCheck.broken(
                checked,
                expectedSeq,
                "link " + expectedSeq + " is missing (the next stored is " + link.seq() + ")");
      } else if (!link.prevHash().equals(prevHash)) {
        broken =
            ChainCheck.broken(
                checked,
                link.seq(),
                "prev_hash does not match the hash of link " + (link.seq() - 1));
      } else if (!hash(link.seq(), link.entry(), link.prevHash()).equals(link.hash())) {
        broken =
            ChainCheck.broken(
                checked, link.seq(), "the stored hash does not match the row's content");
      } else {
        prevHash = link.hash();
        expectedSeq++;
        return true;
      }
      return false;
    }

    public ChainCheck result() {
      return broken != null ? broken : ChainCheck.intact(checked);
    }
  }
}
