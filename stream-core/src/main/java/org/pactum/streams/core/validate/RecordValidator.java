package org.pactum.streams.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.schema.SchemaSource;
import org.pactum.streams.core.validate.AvroPayloads.CorruptPayload;
import org.pactum.streams.core.wire.Framing;
import org.pactum.streams.core.wire.SchemaId;
import org.pactum.streams.core.wire.WireFormat;

/**
 * The verdict on one record of a binding, in the order data flows: tombstone rule → wire-format
 * header → writer schema by id, which must be a registered version of one of the contract's
 * subjects → Avro payload → row checks. Bad bytes never throw: they are reasons. Only the {@link
 * SchemaSource} may throw (the registry could not be asked), and the caller retries then.
 *
 * <p>Tombstone rule: a null value with a key is a delete of that key and passes to the valid topic
 * (a contract governs values, and erasure relies on deletes flowing through); a null value without
 * a key deletes nothing and is rejected ({@link ErrorClass#NULL_VALUE}).
 *
 * <p>Thread-safe (immutable once built).
 */
public final class RecordValidator {
  private final ContractRef contract;
  private final SchemaSource schemas;
  private final RecordChecks checks;
  private final WriterSubjects subjects;
  private final AvroPayloads.Readers readers = new AvroPayloads.Readers();

  /**
   * A validator accepting writer schemas of the contract's own subjects ({@link WriterSubjects}).
   */
  public RecordValidator(DataContract contract, SchemaSource schemas) {
    this(contract, schemas, WriterSubjects.of(contract, null));
  }

  public RecordValidator(DataContract contract, SchemaSource schemas, WriterSubjects subjects) {
    if (contract.schema().format() != SchemaFormat.AVRO) {
      throw new IllegalArgumentException(
          "contract "
              + contract.id()
              + ": only Avro contracts are validated on streams yet, not "
              + contract.schema().format());
    }
    this.contract = new ContractRef(contract.id(), contract.version());
    this.schemas = Objects.requireNonNull(schemas, "schemas");
    this.checks = new RecordChecks(contract);
    this.subjects = Objects.requireNonNull(subjects, "subjects");
  }

  public ContractRef contract() {
    return contract;
  }

  public RecordChecks checks() {
    return checks;
  }

  /** The verdict on a record with this key (may be null) and value (may be null). */
  public Verdict validate(byte[] key, byte[] value) {
    return inspect(key, value).verdict();
  }

  /** The verdict on a record and, when its payload was decoded, the decoded record. */
  public Inspection inspect(byte[] key, byte[] value) {
    if (value == null) {
      return Inspection.undecoded(
          key != null
              ? new Verdict.Valid(List.of())
              : rejected(
                  Optional.empty(),
                  Reason.of(
                      ErrorClass.NULL_VALUE, "a value, or a key to delete", "no key, no value")));
    }
    Framing framing = WireFormat.read(value, SchemaFormat.AVRO);
    if (framing instanceof Framing.Refused refused) {
      return Inspection.undecoded(
          rejected(
              Optional.empty(),
              Reason.of(
                  ErrorClass.WIRE_FORMAT,
                  "Confluent wire format (magic byte 0, 4-byte schema id)",
                  refused.reason().name().toLowerCase(Locale.ROOT) + ": " + refused.detail())));
    }
    Framing.Framed framed = (Framing.Framed) framing;
    SchemaId id = framed.schemaId();
    SchemaLookup lookup = schemas.lookup(id);
    if (lookup instanceof SchemaLookup.Unknown) {
      return Inspection.undecoded(
          rejected(
              Optional.of(id),
              Reason.of(
                  ErrorClass.UNKNOWN_SCHEMA,
                  "a schema registered in Pactum",
                  "no schema has id " + id.value())));
    }
    if (lookup instanceof SchemaLookup.OtherFormat other) {
      return Inspection.undecoded(
          rejected(
              Optional.of(id),
              Reason.of(
                  ErrorClass.SCHEMA_MISMATCH, "an Avro writer schema", other.format().name())));
    }
    Schema writer = ((SchemaLookup.AvroWriter) lookup).schema();
    if (writer.getType() != Schema.Type.RECORD) {
      return Inspection.undecoded(
          rejected(
              Optional.of(id),
              Reason.of(
                  ErrorClass.SCHEMA_MISMATCH,
                  "an Avro record schema",
                  "a schema of type " + writer.getType().getName())));
    }
    Set<String> registeredUnder = schemas.subjectsOf(id);
    if (!subjects.acceptsAny(registeredUnder)) {
      return Inspection.undecoded(
          rejected(
              Optional.of(id),
              Reason.of(
                  ErrorClass.SCHEMA_MISMATCH,
                  "a registered version of " + subjects.describe(),
                  registeredUnder.isEmpty()
                      ? "schema " + id.value() + " is a version of no live subject"
                      : "schema "
                          + id.value()
                          + " is registered under "
                          + new TreeSet<>(registeredUnder))));
    }
    IndexedRecord record;
    try {
      record = AvroPayloads.decode(writer, value, framed.payloadOffset(), readers);
    } catch (CorruptPayload e) {
      return Inspection.undecoded(
          rejected(
              Optional.of(id),
              Reason.of(
                  ErrorClass.CORRUPT_PAYLOAD,
                  "an Avro record of schema " + id.value() + " (" + writer.getFullName() + ")",
                  e.getMessage())));
    }
    RecordChecks.Failures failures = checks.evaluate(record);
    if (!failures.enforced().isEmpty()) {
      // every failure is listed: the enforced ones that reject the record, then the tolerated ones
      List<Reason> all = new ArrayList<>(failures.enforced());
      all.addAll(failures.tolerated());
      return new Inspection(new Verdict.Rejected(Optional.of(id), all), Optional.of(record));
    }
    return new Inspection(new Verdict.Valid(failures.tolerated()), Optional.of(record));
  }

  private static Verdict rejected(Optional<SchemaId> id, Reason reason) {
    return new Verdict.Rejected(id, List.of(reason));
  }
}
