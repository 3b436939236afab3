package org.pactum.registry.core.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.function.Function;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.Severity;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;

/**
 * A gate finding or lint problem as the contract API stores and returns it: the file is relative to
 * the contract's folder ({@code order_placed.contract.yaml}, {@code common/money.proto}), so a
 * client maps it onto its own copy of the files.
 *
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param rule the stable rule or lint code ({@code READER_FIELD_MISSING_DEFAULT_VALUE}, {@code
 *     CHECK_REMOVED}, {@code unknown-column})
 * @param path the field or check concerned, or empty
 * @param fix how to resolve it, or empty
 */
@JsonPropertyOrder({"severity", "rule", "file", "line", "column", "path", "message", "fix"})
public record FindingRecord(
    @JsonProperty("severity") String severity,
    @JsonProperty("rule") String rule,
    @JsonProperty("file") String file,
    @JsonProperty("line") int line,
    @JsonProperty("column") int column,
    @JsonProperty("path") String path,
    @JsonProperty("message") String message,
    @JsonProperty("fix") String fix) {

  public FindingRecord {
    path = path == null ? "" : path;
    fix = fix == null ? "" : fix;
  }

  public static FindingRecord of(GateFinding f, Function<Path, String> relative) {
    return new FindingRecord(
        f.severity().name(),
        f.rule(),
        relative.apply(f.file()),
        f.line(),
        f.column(),
        f.path(),
        f.message(),
        f.fix());
  }

  public static FindingRecord of(Problem p, Function<Path, String> relative) {
    return new FindingRecord(
        p.severity() == Severity.ERROR ? "ERROR" : "WARNING",
        p.code(),
        relative.apply(p.file()),
        p.line(),
        p.column(),
        "",
        p.message(),
        "");
  }

  /** The finding located in a local copy of the contract's folder. */
  public GateFinding toGateFinding(Path contractFolder) {
    FindingSeverity s;
    try {
      s = FindingSeverity.valueOf(severity);
    } catch (IllegalArgumentException | NullPointerException e) {
      s = FindingSeverity.ERROR;
    }
    return new GateFinding(
        s,
        rule == null ? "UNKNOWN" : rule,
        contractFolder.resolve(file == null ? "" : file).normalize(),
        line,
        column,
        path,
        message == null ? "" : message,
        fix);
  }

  public boolean isError() {
    return "ERROR".equals(severity);
  }
}
