package org.pactum.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The four sides on one database: (b) the bare count, (c) one statement per check, (d) the expert's
 * plan, and informative extra plans by label; (a) is the engine.
 */
final class CheckSuiteSides {
  final String db;
  final DataSource ds;
  final String countSql;
  final List<String> perCheck;
  final List<String> expert;
  final Map<String, List<String>> extra = new LinkedHashMap<>();

  CheckSuiteSides(
      String db, DataSource ds, String countSql, List<String> perCheck, List<String> expert) {
    this.db = db;
    this.ds = ds;
    this.countSql = countSql;
    this.perCheck = perCheck;
    this.expert = expert;
  }
}
