package org.pactum.server.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;

/** Prints gate verdicts in one of the {@link GateFormat}s. */
public final class GateReportPrinter {
  private final String title;

  /**
   * @param title what was run, for JUnit's suite name and the summary ({@code contract check})
   */
  public GateReportPrinter(String title) {
    this.title = title;
  }

  public void print(List<ContractVerdict> verdicts, GateFormat format, PrintWriter out) {
    switch (format) {
      case TEXT -> text(verdicts, out);
      case JSON -> json(verdicts, out);
      case JUNIT -> junit(verdicts, out);
      case GITHUB -> github(verdicts, out);
    }
    out.flush();
  }

  private static long count(List<ContractVerdict> verdicts, FindingSeverity severity) {
    return verdicts.stream()
        .flatMap(v -> v.findings().stream())
        .filter(f -> f.severity() == severity)
        .count();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private void text(List<ContractVerdict> verdicts, PrintWriter out) {
    for (ContractVerdict v : verdicts) {
      for (GateFinding f : v.findings()) {
        out.printf(
            "%s:%d:%d: %s: %s [%s]%n",
            f.file(), f.line(), f.column(), lower(f.severity()), f.message(), f.rule());
        if (!f.fix().isEmpty()) {
          out.println("    fix: " + f.fix());
        }
      }
    }
    for (ContractVerdict v : verdicts) {
      out.printf(
          "%s %s (%s, against %s)%n",
          v.breaking() ? "FAIL" : "ok  ", v.contractId(), v.file(), v.comparedWith());
    }
    out.printf(
        "%s: %s, %s, %s in %s%n",
        title,
        plural(count(verdicts, FindingSeverity.ERROR), "error"),
        plural(count(verdicts, FindingSeverity.WARNING), "warning"),
        plural(count(verdicts, FindingSeverity.INFO), "note"),
        plural(verdicts.size(), "contract"));
  }

  private void json(List<ContractVerdict> verdicts, PrintWriter out) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("command", title);
    doc.put("breaking", verdicts.stream().anyMatch(ContractVerdict::breaking));
    doc.put("errors", count(verdicts, FindingSeverity.ERROR));
    doc.put("warnings", count(verdicts, FindingSeverity.WARNING));
    doc.put("notes", count(verdicts, FindingSeverity.INFO));
    doc.put(
        "contracts",
        verdicts.stream()
            .map(
                v -> {
                  Map<String, Object> c = new LinkedHashMap<>();
                  c.put("file", v.file().toString());
                  c.put("contract", v.contractId());
                  c.put("compared_with", v.comparedWith());
                  c.put("breaking", v.breaking());
                  c.put(
                      "findings",
                      v.findings().stream().map(GateReportPrinter::jsonFinding).toList());
                  return c;
                })
            .toList());
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> jsonFinding(GateFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", lower(f.severity()));
    m.put("rule", f.rule());
    m.put("file", f.file().toString());
    m.put("line", f.line());
    m.put("column", f.column());
    m.put("path", f.path());
    m.put("message", f.message());
    m.put("fix", f.fix());
    return m;
  }

  private void junit(List<ContractVerdict> verdicts, PrintWriter out) {
    long failures = verdicts.stream().filter(ContractVerdict::breaking).count();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.printf(
        "<testsuites name=\"pactum\" tests=\"%d\" failures=\"%d\">%n", verdicts.size(), failures);
    out.printf(
        "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
        xml(title), verdicts.size(), failures);
    for (ContractVerdict v : verdicts) {
      out.printf(
          "    <testcase classname=\"%s\" name=\"%s\" file=\"%s\">%n",
          xml(v.contractId()),
          xml(title + " against " + v.comparedWith()),
          xml(v.file().toString()));
      List<GateFinding> errors = v.findings().stream().filter(GateFinding::isError).toList();
      if (!errors.isEmpty()) {
        out.printf(
            "      <failure type=\"%s\" message=\"%s\">%s</failure>%n",
            xml(errors.get(0).rule()),
            xml(plural(errors.size(), "breaking change") + ": " + errors.get(0).message()),
            xml(lines(errors)));
      }
      List<GateFinding> others = v.findings().stream().filter(f -> !f.isError()).toList();
      if (!others.isEmpty()) {
        out.printf("      <system-out>%s</system-out>%n", xml(lines(others)));
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }

  private static String lines(List<GateFinding> findings) {
    StringBuilder sb = new StringBuilder();
    for (GateFinding f : findings) {
      sb.append(f.file())
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append(": ")
          .append(lower(f.severity()))
          .append(": ")
          .append(f.message())
          .append(" [")
          .append(f.rule())
          .append("]\n");
      if (!f.fix().isEmpty()) {
        sb.append("    fix: ").append(f.fix()).append('\n');
      }
    }
    return sb.toString();
  }

  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private void github(List<ContractVerdict> verdicts, PrintWriter out) {
    for (ContractVerdict v : verdicts) {
      for (GateFinding f : v.findings()) {
        String command =
            switch (f.severity()) {
              case ERROR -> "error";
              case WARNING -> "warning";
              case INFO -> "notice";
            };
        String message = f.message() + (f.fix().isEmpty() ? "" : "\nFix: " + f.fix());
        out.printf(
            "::%s file=%s,line=%d,col=%d,title=%s::%s%n",
            command,
            githubProperty(f.file().toString()),
            f.line(),
            f.column(),
            githubProperty(f.rule() + " (" + v.contractId() + ")"),
            githubData(message));
      }
    }
  }

  /** Escapes a workflow command's message: {@code %}, CR and LF. */
  static String githubData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow command's property value: as data, plus {@code :} and {@code ,}. */
  static String githubProperty(String s) {
    return githubData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
