/**
 * Confluent's wire format: a magic byte 0, the writer schema's 4-byte big-endian registry id, for
 * Protobuf the message-index list, then the payload. Decoding never throws on bad bytes: it returns
 * a typed refusal.
 */
package org.pactum.streams.core.wire;
