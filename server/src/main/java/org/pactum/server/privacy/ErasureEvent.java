package org.pactum.server.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * An erasure request arriving as an event (JSON, snake_case): {@code {"subject_type": "customer",
 * "subject_id": "c-1042", "requested_by": "dpo@example.com", "legal_basis": "GDPR art. 17(1)(b)",
 * "request_id": "…"}}; {@code request_id} (a UUID) is optional — without it the event's topic,
 * partition and offset name the request, so a redelivered event is the same request.
 */
record ErasureEvent(
    @JsonProperty("subject_type") String subjectType,
    @JsonProperty("subject_id") String subjectId,
    @JsonProperty("requested_by") String requestedBy,
    @JsonProperty("legal_basis") String legalBasis,
    @JsonProperty("request_id") String requestId) {

  /** What is missing or wrong, naming the field (never its value), or empty when it is usable. */
  Optional<String> problem() {
    if (blank(subjectType)) {
      return Optional.of("subject_type: required");
    }
    if (blank(subjectId)) {
      return Optional.of("subject_id: required");
    }
    if (blank(requestedBy)) {
      return Optional.of("requested_by: required");
    }
    if (blank(legalBasis)) {
      return Optional.of("legal_basis: required");
    }
    if (requestId != null) {
      try {
        UUID.fromString(requestId);
      } catch (IllegalArgumentException e) {
        return Optional.of("request_id: not a UUID");
      }
    }
    return Optional.empty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The request's id: the event's own, or one derived from where the event was read. */
  UUID id(String topic, int partition, long offset) {
    return requestId != null
        ? UUID.fromString(requestId)
        : UUID.nameUUIDFromBytes(
            ("pactum-erasure-event/" + topic + "/" + partition + "/" + offset)
                .getBytes(StandardCharsets.UTF_8));
  }
}
