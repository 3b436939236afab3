package org.pactum.server.logging;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import net.logstash.logback.decorate.JsonGeneratorDecorator;

/**
 * Writes every logged value as a JSON scalar: numbers and booleans as they are, anything else as
 * its {@code toString()} (a {@code Path}, an {@code Instant} in ISO-8601, a typed id). Without it
 * the encoder hands values to Jackson's data binding, which writes a record's or a bean's
 * properties — a config object's password among them — or fails on types it does not know.
 */
final class ScalarValuesDecorator implements JsonGeneratorDecorator {

  @Override
  public JsonGenerator decorate(JsonGenerator generator) {
    return new JsonGeneratorDelegate(generator, false) {
      @Override
      public void writeObject(Object value) throws IOException {
        if (value == null) {
          writeNull();
        } else if (value instanceof Number || value instanceof Boolean) {
          delegate.writeObject(value);
        } else {
          writeString(value.toString());
        }
      }
    };
  }
}
