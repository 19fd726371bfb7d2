package org.tongxing.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: which scenarios, how many runs, how big.
 *
 * @param scenarios the scenario names to run; empty for all
 * @param runs measured runs per scenario (the median of these is reported)
 * @param warmups discarded runs before them
 * @param scale multiplies every scenario's instance counts and durations (1 = the full size)
 * @param appJar the app's runnable jar, for the REST scenarios
 * @param appJvmOptions extra JVM options for the app's JVM (e.g. to record a flight recording)
 * @param elasticsearch the address of an Elasticsearch cluster for the scenarios on that backend
 *     ({@code -es}), or null: they run only with one
 */
public record Settings(
    List<String> scenarios,
    int runs,
    int warmups,
    double scale,
    Path appJar,
    List<String> appJvmOptions,
    String elasticsearch) {

  static final String USAGE =
      """
      usage: java -jar benchmarks/target/tongxing-benchmarks.jar [scenario ...] [options]
        --runs=N          measured runs per scenario (default 5); the median is reported
        --warmups=N       discarded runs before them (default 1)
        --scale=X         multiply instance counts and durations (default 1; 0.1 for a quick look)
        --app-jar=PATH    the app's jar for the REST scenarios (default app/target/tongxing.jar)
        --app-jvm=OPTS    extra JVM options for the app's JVM, space-separated
        --elasticsearch=URL  an Elasticsearch 8 cluster for the -es scenarios (README)
        --list            list the scenarios""";

  public static Settings parse(String[] args) {
    List<String> scenarios = new ArrayList<>();
    int runs = 5;
    int warmups = 1;
    double scale = 1;
    Path appJar = null;
    List<String> appJvmOptions = List.of();
    String elasticsearch = null;
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        scenarios.add(arg);
        continue;
      }
      String[] option = arg.substring(2).split("=", 2);
      String value = option.length == 2 ? option[1] : "";
      switch (option[0]) {
        case "runs" -> runs = positive(option[0], Integer.parseInt(value));
        case "warmups" -> warmups = Integer.parseInt(value);
        case "scale" -> scale = Double.parseDouble(value);
        case "app-jar" -> appJar = Path.of(value);
        case "elasticsearch" -> elasticsearch = value;
        case "app-jvm" ->
            appJvmOptions = Arrays.stream(value.split(" ")).filter(s -> !s.isBlank()).toList();
        default ->
            throw new IllegalArgumentException(
                "Expected one of the options below, but got " + arg + "\n" + USAGE);
      }
    }
    return new Settings(
        List.copyOf(scenarios), runs, warmups, scale, appJar, appJvmOptions, elasticsearch);
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("Expected --" + name + " >= 1, but got " + value);
    }
    return value;
  }

  /** The Elasticsearch address, or a failure that says how to give one. */
  public String requireElasticsearch(String scenario) {
    if (elasticsearch == null || elasticsearch.isBlank()) {
      throw new IllegalStateException(
          "Expected --elasticsearch=URL for "
              + scenario
              + ", but got none (README: Measure it, on Elasticsearch)");
    }
    return elasticsearch;
  }

  /** A count scaled by {@link #scale()}, at least one. */
  public int scaled(int count) {
    return (int) Math.max(1, Math.round(count * scale));
  }

  /**
   * The app's jar: the one given, else {@code app/target/tongxing.jar} beside this jar's build
   * folder or below the working directory.
   */
  public Path resolveAppJar() {
    List<Path> candidates = new ArrayList<>();
    if (appJar != null) {
      candidates.add(appJar);
    } else {
      String classPath = System.getProperty("java.class.path", "");
      if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
        // benchmarks/target/tongxing-benchmarks.jar -> app/target/tongxing.jar
        Path repository = Path.of(classPath).toAbsolutePath().getParent().getParent().getParent();
        candidates.add(repository.resolve("app/target/tongxing.jar"));
      }
      candidates.add(Path.of("app/target/tongxing.jar"));
      candidates.add(Path.of("../app/target/tongxing.jar"));
    }
    return candidates.stream()
        .filter(Files::isRegularFile)
        .findFirst()
        .map(Path::toAbsolutePath)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Expected the app's jar at "
                        + candidates.get(0).toAbsolutePath()
                        + ", but there is none: build it with"
                        + " `mvn -pl benchmarks -am package -DskipTests`, or pass --app-jar=PATH"));
  }
}
