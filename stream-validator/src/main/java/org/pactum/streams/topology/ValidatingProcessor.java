package org.pactum.streams.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.deadletter.DeadLetterHeaders;
import org.pactum.streams.core.deadletter.DeadLetterHeaders.Header;
import org.pactum.streams.core.deadletter.OriginalRecord;
import org.pactum.streams.core.validate.RecordValidator;

/**
 * Validates each record and forwards it to the valid sink as it came (key, value, headers,
 * timestamp) or to the dead-letter sink with the reasons added to a copy of its headers. Bad input
 * never throws here, so no record stalls its partition.
 */
final class ValidatingProcessor implements Processor<byte[], byte[], byte[], byte[]> {
  private final RecordValidator validator;
  private ProcessorContext<byte[], byte[]> context;

  ValidatingProcessor(RecordValidator validator) {
    this.validator = validator;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Verdict verdict = validator.validate(record.key(), record.value());
    if (verdict instanceof Verdict.Rejected rejected) {
      context.forward(deadLetter(record, rejected), ValidationTopology.DEAD_LETTER_SINK);
    } else {
      context.forward(record, ValidationTopology.VALID_SINK);
    }
  }

  private Record<byte[], byte[]> deadLetter(
      Record<byte[], byte[]> record, Verdict.Rejected rejected) {
    RecordMetadata meta = context.recordMetadata().orElseThrow();
    List<Header> original = new ArrayList<>();
    record.headers().forEach(h -> original.add(new Header(h.key(), h.value())));
    Headers headers = new RecordHeaders(record.headers().toArray());
    for (Header h :
        DeadLetterHeaders.of(
            validator.contract(),
            rejected,
            new OriginalRecord(meta.topic(), meta.partition(), meta.offset()),
            original)) {
      headers.add(h.key(), h.value());
    }
    return record.withHeaders(headers);
  }
}
