package org.tongxing.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects every run's figures and prints the table: median, spread, target, verdict. */
public final class Report {

  /** The figures of one scenario, or why it could not finish. */
  public static final class Entry {
    private final Scenario scenario;
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final List<String> failedRuns = new ArrayList<>();
    private String failure;

    Entry(Scenario scenario) {
      this.scenario = scenario;
      scenario.metrics().forEach(metric -> values.put(metric.name(), new ArrayList<>()));
    }

    void add(Map<String, Double> run) {
      run.forEach((name, value) -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
    }

    /** The scenario could not go on (its set-up failed). */
    void fail(String reason) {
      this.failure = reason;
    }

    /** One run (measured or warm-up) failed; the others go ahead. */
    void failRun(String reason) {
      failedRuns.add(reason);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  Entry begin(Scenario scenario) {
    Entry entry = new Entry(scenario);
    entries.add(entry);
    return entry;
  }

  /** True when every figure with a target has met it and no scenario failed. */
  public boolean allMet() {
    for (Entry entry : entries) {
      if (entry.failure != null || !entry.failedRuns.isEmpty()) {
        return false;
      }
      for (Metric metric : entry.scenario.metrics()) {
        List<Double> runs = entry.values.get(metric.name());
        if (metric.hasTarget() && (runs.isEmpty() || !metric.isMetBy(Stats.median(runs)))) {
          return false;
        }
      }
    }
    return true;
  }

  public void print(PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "scenario", "figure", "runs", "median", "min", "max", "target", "median/target", ""
        });
    for (Entry entry : entries) {
      String name = entry.scenario.name();
      for (Metric metric : entry.scenario.metrics()) {
        List<Double> runs = entry.values.get(metric.name());
        if (runs.isEmpty()) {
          rows.add(
              new String[] {
                name,
                metric.name(),
                "0",
                "-",
                "-",
                "-",
                target(metric),
                "-",
                metric.hasTarget() ? "FAILED" : ""
              });
          name = "";
          continue;
        }
        double median = Stats.median(runs);
        rows.add(
            new String[] {
              name,
              metric.name(),
              String.valueOf(runs.size()),
              number(median),
              number(Stats.min(runs)),
              number(Stats.max(runs)),
              target(metric),
              metric.hasTarget()
                  ? String.format(Locale.ROOT, "%.2f", median / metric.target())
                  : "",
              !metric.hasTarget() ? "" : metric.isMetBy(median) ? "met" : "MISSED"
            });
        name = "";
      }
      if (!entry.failedRuns.isEmpty()) {
        rows.add(
            new String[] {
              "",
              "failed: " + entry.failedRuns.size() + " run(s), first: " + entry.failedRuns.get(0),
              "",
              "",
              "",
              "",
              "",
              "",
              ""
            });
      }
      if (entry.failure != null) {
        rows.add(new String[] {"", "failed: " + entry.failure, "", "", "", "", "", "", ""});
      }
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        // the failure line may be long: let it overflow instead of widening the column
        if (!row[1].startsWith("failed: ") || i != 1) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean numeric = i >= 2 && i <= 5 || i == 7;
        String cell = numeric ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false);
        line.append(cell).append(i == row.length - 1 ? "" : "  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String target(Metric metric) {
    return switch (metric.bound()) {
      case AT_LEAST -> ">= " + number(metric.target());
      case AT_MOST -> "<= " + number(metric.target());
      case NONE -> "";
    };
  }

  /** Thousands separated above 100, two significant decimals below 10. */
  public static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - text.length()));
    return right ? spaces + text : text + spaces;
  }
}
