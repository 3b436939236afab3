package org.pactum.api.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import org.pactum.api.InvalidInputException;

/**
 * Cursors as opaque text: base64url (no padding) of a small versioned payload — a version byte, the
 * kind, the key parts (modified UTF-8 each) — followed by a CRC-32 of the payload. Not a secret
 * (anyone can read a position back), but tamper-evident enough that a garbled, truncated or edited
 * cursor, or one another list endpoint issued, is a 400 naming {@code next} rather than a wrong
 * page.
 */
public final class CursorCodec {
  /** The payload format; a cursor of any other version is refused. */
  static final int VERSION = 1;

  /** The longest cursor text accepted. */
  static final int MAX_TEXT = 2048;

  private static final int MAX_PARTS = 8;

  private CursorCodec() {}

  public static String encode(Cursor cursor) {
    if (cursor.key().size() > MAX_PARTS) {
      throw new IllegalArgumentException("a cursor holds at most " + MAX_PARTS + " key parts");
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(VERSION);
      out.writeUTF(cursor.kind());
      out.writeByte(cursor.key().size());
      for (String part : cursor.key()) {
        out.writeUTF(part);
      }
      byte[] payload = bytes.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(payload);
      out.writeInt((int) crc.getValue());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cursor {@code text} holds, when {@code kind} issued it with {@code parts} key parts.
   *
   * @throws InvalidInputException 400 naming {@code next} for anything else
   */
  public static Cursor decode(String text, String kind, int parts) {
    if (text.length() > MAX_TEXT) {
      throw garbled();
    }
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw garbled();
    }
    if (all.length < 5) {
      throw garbled();
    }
    int n = all.length - 4;
    CRC32 crc = new CRC32();
    crc.update(all, 0, n);
    if ((int) crc.getValue() != ByteBuffer.wrap(all, n, 4).getInt()) {
      throw garbled();
    }
    Cursor cursor;
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, n));
      if (in.readUnsignedByte() != VERSION) {
        throw garbled();
      }
      String issuer = in.readUTF();
      int count = in.readUnsignedByte();
      List<String> key = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        key.add(in.readUTF());
      }
      if (in.available() != 0) {
        throw garbled();
      }
      cursor = new Cursor(issuer, key);
    } catch (IOException e) {
      throw garbled();
    }
    if (!cursor.kind().equals(kind)) {
      throw InvalidInputException.parameter(
          "next", "next: a cursor from another list, not one this endpoint issued");
    }
    if (cursor.key().size() != parts) {
      throw garbled();
    }
    return cursor;
  }

  static InvalidInputException garbled() {
    return InvalidInputException.parameter(
        "next",
        "next: not a cursor this endpoint issued; pass the 'next' of the previous page as is");
  }
}
