package org.pactum.access.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.api.audit.AuditEntry;
import org.pactum.api.audit.HashChain;

/**
 * The write audit's links on the {@link HashChain}: a link's canonical bytes are the UTF-8 JSON
 * object {@code seq, occurred_at, principal, role, action, target, status, outcome, source,
 * request_id, prev_hash} in that order, timestamps ISO-8601 UTC (microseconds at most, as
 * PostgreSQL keeps them); its hash is {@code hex(SHA-256(UTF-8(prev_hash) || those bytes))}. The
 * first link's {@code prev_hash} is 64 zeros.
 */
public final class AuditChain {
  public static final String GENESIS = HashChain.GENESIS;

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditChain() {}

  public static String hash(long seq, AuditEntry e, String prevHash) {
    return HashChain.hash(prevHash, canonical(seq, e, prevHash));
  }

  /** The link's canonical JSON bytes. */
  static byte[] canonical(long seq, AuditEntry e, String prevHash) {
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
      return JSON.writeValueAsBytes(row);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write an audit link as JSON", ex);
    }
  }

  /** Walks links in order; {@link #next} per link, {@link #result} at the end. */
  public static final class Walker {
    private final HashChain.Walker chain = new HashChain.Walker();

    /** False once a broken link was found (the walk may stop). */
    public boolean next(AuditLink link) {
      return chain.next(
          link.seq(),
          link.prevHash(),
          link.hash(),
          () -> canonical(link.seq(), link.entry(), link.prevHash()));
    }

    public ChainCheck result() {
      HashChain.Verdict v = chain.result();
      return new ChainCheck(v.checked(), v.firstBroken(), v.problem());
    }
  }
}
