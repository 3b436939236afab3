package org.pactum.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The {@code benchmarks.jar} entry point: JMH's own command line (the same arguments as {@code
 * org.openjdk.jmh.Main}: a name regex, {@code -f}, {@code -wi}, {@code -prof gc}, …) with two
 * changes.
 *
 * <ol>
 *   <li>Forks are <em>interleaved</em>: round 1 runs one fork of every selected benchmark, round 2
 *       the next, and so on (plain JMH runs all forks of one benchmark, then all of the next). On a
 *       shared machine, load that comes and goes then hits the benchmark and its baseline alike.
 *   <li>At the end it prints, for each class with a {@link Baseline} method, every other method's
 *       cost relative to the baseline: the ratio of the means and the spread of the per-round
 *       (paired) ratios, with the verdict of its {@link TargetRatio}.
 * </ol>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListWithParams()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      Main.main(args);
      return;
    }
    List<String> includes = options.getIncludes().isEmpty() ? List.of(".*") : options.getIncludes();
    SortedSet<BenchmarkListEntry> entries =
        BenchmarkList.defaultList()
            .find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                includes,
                options.getExcludes());
    if (entries.isEmpty()) {
      System.err.println("No benchmarks match " + includes);
      System.exit(2);
      return;
    }
    int forks = 1;
    for (BenchmarkListEntry e : entries) {
      forks = Math.max(forks, options.getForkCount().orElse(e.getForks().orElse(5)));
    }

    String loadBefore = loadAverage();
    // benchmark name (+ params and mode) -> scores of its forks, in round order
    Map<String, Series> series = new LinkedHashMap<>();
    for (int round = 1; round <= forks; round++) {
      for (BenchmarkListEntry only : entries) {
        System.out.printf(
            Locale.ROOT, "%n### round %d of %d: %s%n", round, forks, only.getUsername());
        ChainedOptionsBuilder one = new OptionsBuilder().parent(options).forks(1);
        for (BenchmarkListEntry other : entries) {
          if (!other.getUsername().equals(only.getUsername())) {
            one.exclude("^" + Pattern.quote(other.getUsername()) + "$");
          }
        }
        for (RunResult r : new Runner(one.build()).run()) {
          for (BenchmarkResult fork : r.getBenchmarkResults()) {
            series
                .computeIfAbsent(key(r), k -> new Series(r))
                .scores
                .add(fork.getPrimaryResult().getScore());
          }
        }
      }
    }
    System.out.print(ratioTable(series));
    String loadAfter = loadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "%d CPUs; 1-minute load average %s before, %s after the run%s%n",
        cores,
        loadBefore,
        loadAfter,
        busy(loadBefore, cores) || busy(loadAfter, cores)
            ? " — WARNING: other work shared the cores; the figures are noisy, run again"
            : "");
  }

  /** The machine's 1-minute load average, from /proc/loadavg (or the JVM's view of it). */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static boolean busy(String load, int cores) {
    try {
      return Double.parseDouble(load) > cores + 0.5;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The scores of one benchmark (one mode, one parameter combination), one per fork. */
  private static final class Series {
    final String className;
    final String method;
    final Mode mode;
    final String params;
    final String unit;
    final List<Double> scores = new ArrayList<>();

    Series(RunResult r) {
      String benchmark = r.getParams().getBenchmark();
      className = benchmark.substring(0, benchmark.lastIndexOf('.'));
      method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      mode = r.getParams().getMode();
      params = paramsOf(r);
      unit = r.getPrimaryResult().getScoreUnit();
    }

    double mean() {
      return scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    double min() {
      return scores.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
      return scores.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  private static String key(RunResult r) {
    return r.getParams().getBenchmark() + " " + r.getParams().getMode() + " " + paramsOf(r);
  }

  /** The ratio table; empty when no class had a {@link Baseline}. */
  private static String ratioTable(Map<String, Series> all) {
    Map<String, List<Series>> byGroup = new LinkedHashMap<>();
    for (Series s : all.values()) {
      byGroup
          .computeIfAbsent(s.className + " " + s.mode + " " + s.params, k -> new ArrayList<>())
          .add(s);
    }
    StringBuilder out = new StringBuilder();
    for (List<Series> group : byGroup.values()) {
      Map<String, Method> methods = methodsOf(group.get(0).className);
      Series baseline = null;
      for (Series s : group) {
        Method m = methods.get(s.method);
        if (m != null && m.isAnnotationPresent(Baseline.class)) {
          baseline = s;
        }
      }
      if (baseline == null) {
        continue;
      }
      String simpleName = baseline.className.substring(baseline.className.lastIndexOf('.') + 1);
      out.append(
          String.format(
              Locale.ROOT,
              "%n== %s (%s%s): cost relative to the baseline, measured in the same run ==%n",
              simpleName,
              baseline.mode.shortLabel(),
              baseline.params.isEmpty() ? "" : ", " + baseline.params));
      String format = "%-16s %14s %-26s %-9s %-26s %s%n";
      out.append(
          String.format(
              Locale.ROOT,
              format,
              "benchmark",
              "mean",
              "per-fork min .. max",
              "ratio",
              "paired ratios min .. max",
              "target"));
      for (Series s : group) {
        String mean = String.format(Locale.ROOT, "%.1f %s", s.mean(), s.unit);
        String range =
            String.format(
                Locale.ROOT, "%.1f .. %.1f (%d forks)", s.min(), s.max(), s.scores.size());
        if (s == baseline) {
          out.append(
              String.format(Locale.ROOT, format, s.method, mean, range, "1", "baseline", ""));
          continue;
        }
        double ratio = costRatio(s.mode, s.mean(), baseline.mean());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int pairs = Math.min(s.scores.size(), baseline.scores.size());
        for (int i = 0; i < pairs; i++) {
          double r = costRatio(s.mode, s.scores.get(i), baseline.scores.get(i));
          lo = Math.min(lo, r);
          hi = Math.max(hi, r);
        }
        String paired = String.format(Locale.ROOT, "%.3f .. %.3f (%d rounds)", lo, hi, pairs);
        String verdict = "";
        Method m = methods.get(s.method);
        if (m != null && m.isAnnotationPresent(TargetRatio.class)) {
          double max = m.getAnnotation(TargetRatio.class).max();
          verdict =
              String.format(
                  Locale.ROOT, "≤ %.2f×: %s", max, ratio <= max ? "MET" : "MISSED (over target)");
        }
        out.append(
            String.format(
                Locale.ROOT,
                format,
                s.method,
                mean,
                range,
                String.format(Locale.ROOT, "%.3f×", ratio),
                paired,
                verdict));
      }
    }
    return out.toString();
  }

  /** Cost of {@code score} relative to {@code baseline}: above 1 means slower than the baseline. */
  private static double costRatio(Mode mode, double score, double baseline) {
    return mode == Mode.Throughput ? baseline / score : score / baseline;
  }

  private static String paramsOf(RunResult r) {
    StringBuilder s = new StringBuilder();
    for (String key : r.getParams().getParamsKeys()) {
      if (!s.isEmpty()) {
        s.append(", ");
      }
      s.append(key).append('=').append(r.getParams().getParam(key));
    }
    return s.toString();
  }

  private static Map<String, Method> methodsOf(String className) {
    Map<String, Method> methods = new LinkedHashMap<>();
    try {
      for (Method m : Class.forName(className).getMethods()) {
        methods.put(m.getName(), m);
      }
    } catch (ClassNotFoundException e) {
      // a benchmark from another jar: no annotations to read, no ratios
    }
    return methods;
  }
}
