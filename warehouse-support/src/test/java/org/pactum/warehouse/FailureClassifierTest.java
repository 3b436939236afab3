package org.pactum.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One classification of failed statements for both the check engine and erasure. */
class FailureClassifierTest {
  record State(String sqlState, FailureKind kind, boolean isTransient) {}

  record Message(String message, FailureKind kind) {}

  static Stream<State> states() {
    return Stream.of(
        new State(null, FailureKind.NO_ANSWER, true),
        new State("", FailureKind.NO_ANSWER, true),
        new State("08001", FailureKind.CONNECTION, true),
        new State("08006", FailureKind.CONNECTION, true),
        new State("08000", FailureKind.CONNECTION, true),
        new State("57P01", FailureKind.CONNECTION, true),
        new State("57P03", FailureKind.CONNECTION, true),
        new State("57014", FailureKind.TIMEOUT, true),
        new State("57000", FailureKind.INTERVENTION, true),
        new State("40001", FailureKind.ROLLBACK, true),
        new State("40P01", FailureKind.ROLLBACK, true),
        new State("53300", FailureKind.RESOURCES, true),
        new State("53100", FailureKind.RESOURCES, true),
        new State("55P03", FailureKind.LOCK, true),
        new State("42P01", FailureKind.MISSING_TABLE, false),
        new State("3F000", FailureKind.MISSING_TABLE, false),
        new State("42703", FailureKind.MISSING_COLUMN, false),
        new State("42501", FailureKind.PERMISSION, false),
        new State("25006", FailureKind.READ_ONLY, false),
        new State("42601", FailureKind.INVALID_SQL, false),
        new State("42804", FailureKind.INVALID_SQL, false),
        new State("42883", FailureKind.INVALID_SQL, false),
        new State("22P02", FailureKind.DATA, false),
        new State("22003", FailureKind.DATA, false),
        new State("22012", FailureKind.DATA, false),
        new State("23505", FailureKind.OTHER, false),
        new State("23503", FailureKind.OTHER, false),
        new State("0A000", FailureKind.OTHER, false),
        new State("XX000", FailureKind.OTHER, false),
        new State("55000", FailureKind.OTHER, false));
  }

  static Stream<Message> duckDbMessages() {
    return Stream.of(
        new Message("INTERRUPT Error: Interrupted!", FailureKind.TIMEOUT),
        new Message(
            "Catalog Error: Table with name orders does not exist!", FailureKind.MISSING_TABLE),
        new Message("Catalog Error: Schema with name s does not exist!", FailureKind.MISSING_TABLE),
        new Message(
            "IO Error: No files found that match the pattern \"/lake/x.parquet\"",
            FailureKind.MISSING_TABLE),
        new Message(
            "Binder Error: Referenced column \"amout\" not found", FailureKind.MISSING_COLUMN),
        new Message(
            "Binder Error: Table \"t\" does not have a column named \"x\"",
            FailureKind.MISSING_COLUMN),
        new Message("Connection Error: Connection already closed", FailureKind.CONNECTION),
        new Message("Permission Error: cannot read", FailureKind.PERMISSION),
        new Message("Parser Error: syntax error at or near \"form\"", FailureKind.INVALID_SQL),
        new Message("Catalog Error: Scalar Function with name foo", FailureKind.INVALID_SQL),
        new Message("Conversion Error: Could not convert string 'x' to INT32", FailureKind.DATA),
        new Message("Out of Range Error: Overflow", FailureKind.DATA),
        new Message("Invalid Input Error: bad regex", FailureKind.DATA),
        new Message("something else", FailureKind.OTHER),
        new Message(null, FailureKind.OTHER));
  }

  @ParameterizedTest
  @MethodSource("states")
  void classifiesSqlStates(State s) {
    FailureKind kind = FailureClassifier.ofSqlState(s.sqlState());
    assertThat(kind).as(s.sqlState()).isEqualTo(s.kind());
    assertThat(kind.isTransient()).as(s.sqlState()).isEqualTo(s.isTransient());
  }

  @ParameterizedTest
  @MethodSource("duckDbMessages")
  void classifiesDuckDbMessages(Message m) {
    assertThat(FailureClassifier.ofDuckDbMessage(m.message())).isEqualTo(m.kind());
  }
}
