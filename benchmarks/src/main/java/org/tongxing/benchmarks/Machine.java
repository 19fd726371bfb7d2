package org.tongxing.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How busy the machine is, and how much of that is the benchmark itself. The machines are shared:
 * each run prints the share of all CPUs that was busy and the share this benchmark's processes
 * used, so a neighbour's build shows as the difference. CPU time per unit of work is also reported,
 * as a figure a neighbour disturbs far less than a rate.
 */
public final class Machine {

  private static final long NANOS_PER_TICK = 10_000_000; // USER_HZ is 100 on Linux

  private Machine() {}

  /** What the CPUs and the benchmark's processes had done at one moment. */
  public record Sample(long nanoTime, long busyTicks, long totalTicks, long ownCpuNanos) {}

  /**
   * A sample now; {@code helpers} are processes of the benchmark still running (the app), whose CPU
   * time counts as the benchmark's own. Child JVMs that have ended count through the kernel's tally
   * of reaped children.
   */
  public static Sample sample(List<ProcessHandle> helpers) {
    long[] cpu = machineTicks();
    long own = processCpuNanos() + reapedChildrenCpuNanos();
    for (ProcessHandle helper : helpers) {
      own += Math.max(0, processCpuNanos(helper));
    }
    return new Sample(System.nanoTime(), cpu[0], cpu[1], own);
  }

  /** "machine 93% busy, benchmark 80%" between two samples, or "" where /proc is missing. */
  public static String usage(Sample from, Sample to) {
    long total = to.totalTicks() - from.totalTicks();
    if (total <= 0) {
      return "";
    }
    double busy = 100.0 * (to.busyTicks() - from.busyTicks()) / total;
    double wallCpuNanos =
        (double) (to.nanoTime() - from.nanoTime()) * Runtime.getRuntime().availableProcessors();
    double own = 100.0 * (to.ownCpuNanos() - from.ownCpuNanos()) / wallCpuNanos;
    return String.format(
        Locale.ROOT, "CPUs %.0f%% busy, benchmark %.0f%%", busy, Math.min(own, 100));
  }

  /** CPU time this JVM has used, all threads (GC and JIT included), in nanoseconds. */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** CPU time another process has used, in nanoseconds (-1 when the OS does not say). */
  public static long processCpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
  }

  public static String describe() {
    return String.format(
        Locale.ROOT,
        "%d CPUs, load average %s, Java %s, max heap %d MiB",
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The one-minute load average, or "?" where there is no {@code /proc/loadavg}. */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** {busy, total} ticks of all CPUs since boot, from the first line of /proc/stat. */
  private static long[] machineTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(fields.length, 9); i++) { // user .. steal
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]); // idle + iowait
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** CPU time of this JVM's children that have ended and been waited for (cutime + cstime). */
  private static long reapedChildrenCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // fields after the command name, which is in parentheses and may contain spaces
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
