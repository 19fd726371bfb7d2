package org.tongxing.benchmarks;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs: the app's jar, or this benchmark itself with other JVM options. */
public final class JavaProcesses {

  private JavaProcesses() {}

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Runs {@link Benchmarks}'s main in a new JVM with {@code jvmOptions}: from this jar when run as
   * {@code java -jar}, else from the same class path (an IDE, the tests).
   */
  public static List<String> self(List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    String classPath = System.getProperty("java.class.path");
    if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
      command.add("-jar");
      command.add(classPath);
    } else {
      command.add("-cp");
      command.add(classPath);
      command.add(Benchmarks.class.getName());
    }
    command.addAll(args);
    return command;
  }
}
