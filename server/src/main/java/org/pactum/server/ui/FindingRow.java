package org.pactum.server.ui;

import java.util.Locale;
import org.pactum.registry.core.contract.FindingRecord;

/**
 * One finding as the version and diff pages show it.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param location {@code file:line:col}, or just the file when the finding has no line
 */
public record FindingRow(
    String severity, String rule, String location, String path, String message, String fix) {

  static FindingRow of(FindingRecord f) {
    String file = f.file() == null ? "" : f.file();
    String location = f.line() > 0 ? file + ":" + f.line() + ":" + f.column() : file;
    return new FindingRow(
        f.severity() == null ? "error" : f.severity().toLowerCase(Locale.ROOT),
        f.rule() == null ? "" : f.rule(),
        location,
        f.path(),
        f.message() == null ? "" : f.message(),
        f.fix());
  }
}
