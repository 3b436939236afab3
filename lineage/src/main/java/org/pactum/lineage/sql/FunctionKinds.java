package org.pactum.lineage.sql;

import java.util.Locale;
import java.util.Set;

/** What a SQL function does to its arguments' values, for lineage. */
final class FunctionKinds {
  private static final Set<String> AGGREGATES =
      Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "array_agg",
          "string_agg",
          "json_agg",
          "jsonb_agg",
          "json_object_agg",
          "jsonb_object_agg",
          "bool_and",
          "bool_or",
          "every",
          "bit_and",
          "bit_or",
          "stddev",
          "stddev_pop",
          "stddev_samp",
          "variance",
          "var_pop",
          "var_samp",
          "percentile_cont",
          "percentile_disc",
          "mode",
          "median",
          "listagg",
          "any_value",
          "corr",
          "covar_pop",
          "covar_samp",
          "regr_slope",
          "regr_intercept",
          "approx_count_distinct");

  /** Functions whose output hides the input's values: hashes, and counting. */
  private static final Set<String> MASKING =
      Set.of(
          "count",
          "md5",
          "sha1",
          "sha224",
          "sha256",
          "sha384",
          "sha512",
          "sha2",
          "digest",
          "hmac",
          "crypt",
          "hash",
          "hashtext",
          "hashtextextended",
          "farm_fingerprint",
          "approx_count_distinct");

  private FunctionKinds() {}

  static boolean aggregate(String name) {
    return AGGREGATES.contains(normalize(name));
  }

  static boolean masking(String name) {
    return MASKING.contains(normalize(name));
  }

  private static String normalize(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot >= 0 ? n.substring(dot + 1) : n;
  }
}
