package org.pactum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.CompatibilityResult;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.VersionedSchema;
import org.pactum.registry.core.avro.AvroParsedSchema;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.registry.core.schema.SchemaParser;

/**
 * One BACKWARD_TRANSITIVE check of a new Avro version (v101) against a subject's 100 earlier
 * versions, newest first, as the registry runs it on {@code POST /subjects/{s}/versions}: the
 * schemas are parsed in the (excluded) set-up, as the registry holds them parsed in its cache.
 *
 * <ul>
 *   <li>{@link #pactumChecker()}: {@code CompatibilityChecker.standard().check(BACKWARD_TRANSITIVE,
 *       v101, [v100 … v1])}, the engine with its findings, messages and result record.
 *   <li>{@link #avroDirect(Blackhole)} (baseline): Avro's {@code
 *       SchemaCompatibility.checkReaderWriterCompatibility(v101, vN)} on the same 100 pairs, the
 *       same {@code Schema} objects, nothing else.
 * </ul>
 *
 * Goal: Pactum's overhead over Avro at most 1.5×. The schemas (see {@link OrderSchemas}) are all
 * compatible, so every pair is checked in full (an early incompatibility would make both faster).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class AvroTransitiveCompatibilityBench {

  /** How many versions the subject already has; the candidate is version {@code VERSIONS + 1}. */
  static final int VERSIONS = 100;

  private final CompatibilityChecker checker = CompatibilityChecker.standard();
  private ParsedSchema candidate;
  private List<VersionedSchema> existingNewestFirst;
  private Schema reader;
  private Schema[] writersNewestFirst;

  @Setup
  public void setUp() {
    SchemaParser avro = SchemaParsers.withDefaultLimits().forFormat(SchemaFormat.AVRO);
    candidate = avro.parse("orders-value", OrderSchemas.version(VERSIONS + 1), List.of());
    existingNewestFirst = new ArrayList<>(VERSIONS);
    writersNewestFirst = new Schema[VERSIONS];
    for (int v = VERSIONS; v >= 1; v--) {
      ParsedSchema parsed = avro.parse("orders-value", OrderSchemas.version(v), List.of());
      existingNewestFirst.add(new VersionedSchema(v, parsed));
      writersNewestFirst[VERSIONS - v] = ((AvroParsedSchema) parsed).schema();
    }
    existingNewestFirst = List.copyOf(existingNewestFirst);
    reader = ((AvroParsedSchema) candidate).schema();

    // Both sides must do the full work: every pair compatible, all 100 versions checked.
    CompatibilityResult result = pactumChecker();
    if (!result.isCompatible() || result.checkedVersions().size() != VERSIONS) {
      throw new IllegalStateException("expected a compatible check of 100 versions: " + result);
    }
    for (Schema writer : writersNewestFirst) {
      SchemaCompatibilityType t =
          SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
      if (t != SchemaCompatibilityType.COMPATIBLE) {
        throw new IllegalStateException("expected compatible pairs, got " + t);
      }
    }
  }

  @Benchmark
  @TargetRatio(max = 1.5)
  public CompatibilityResult pactumChecker() {
    return checker.check(CompatibilityMode.BACKWARD_TRANSITIVE, candidate, existingNewestFirst);
  }

  @Benchmark
  @Baseline
  public void avroDirect(Blackhole bh) {
    for (Schema writer : writersNewestFirst) {
      bh.consume(SchemaCompatibility.checkReaderWriterCompatibility(reader, writer));
    }
  }
}
