package org.pactum.access.core;

import java.time.Instant;
import java.util.Optional;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.TokenHash;

/** Where UI sessions are kept (only their secrets' hashes). */
public interface SessionStore {
  /**
   * Stores a new session.
   *
   * @param tokenId the API token it signed in with (its revocation ends the session)
   */
  void insert(
      TokenHash hash,
      Principal principal,
      SignInMethod method,
      Optional<Long> tokenId,
      Instant now,
      Instant expiresAt);

  /**
   * The session of this hash, if it is live at {@code now}: not ended, before its end, seen since
   * {@code idleSince}, and its API token (if any) neither revoked nor expired.
   */
  Optional<LiveSession> findLive(TokenHash hash, Instant now, Instant idleSince);

  /** Records that the browser was seen, when {@code last_seen_at} is older than {@code stale}. */
  void touch(long id, Instant at, Instant staleBefore);

  /** Ends the session of this hash (signing out); whether there was a live one. */
  boolean end(TokenHash hash, Instant at);

  /** Deletes sessions that ended, or reached their end, before {@code before}. */
  int purge(Instant before);

  /** A live session as stored. */
  record LiveSession(long id, Principal principal, Instant expiresAt) {}
}
