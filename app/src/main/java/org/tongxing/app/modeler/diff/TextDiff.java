package org.tongxing.app.modeler.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts line by line (java-diff-utils): the changed lines in hunks with a few unchanged lines
 * around them, each line with its numbers in the older and the newer text.
 */
public final class TextDiff {

  static final int CONTEXT = 3;

  private TextDiff() {}

  public enum LineType {
    SAME,
    REMOVED,
    ADDED
  }

  /**
   * A line of a hunk; {@code oldNumber} is null for an added line, {@code newNumber} for a removed
   * one.
   */
  public record Line(LineType type, Integer oldNumber, Integer newNumber, String text) {}

  /** A run of changed lines with their context. */
  public record Hunk(int oldStart, int newStart, List<Line> lines) {

    public Hunk {
      lines = List.copyOf(lines);
    }
  }

  public static List<Hunk> compare(String before, String after) {
    List<String> old = lines(before);
    List<String> now = lines(after);
    Patch<String> patch = DiffUtils.diff(old, now);
    List<Line> all = new ArrayList<>();
    int o = 0;
    int n = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int sourceAt = delta.getSource().getPosition();
      while (o < sourceAt) {
        all.add(new Line(LineType.SAME, o + 1, n + 1, old.get(o)));
        o++;
        n++;
      }
      for (String line : delta.getSource().getLines()) {
        all.add(new Line(LineType.REMOVED, ++o, null, line));
      }
      for (String line : delta.getTarget().getLines()) {
        all.add(new Line(LineType.ADDED, null, ++n, line));
      }
    }
    while (o < old.size()) {
      all.add(new Line(LineType.SAME, o + 1, n + 1, old.get(o)));
      o++;
      n++;
    }
    return hunks(all);
  }

  private static List<Hunk> hunks(List<Line> all) {
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    while (i < all.size()) {
      if (all.get(i).type() == LineType.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      while (true) {
        while (end < all.size() && all.get(end).type() != LineType.SAME) {
          end++;
        }
        int next = end;
        while (next < all.size() && all.get(next).type() == LineType.SAME) {
          next++;
        }
        // changes close to each other share a hunk
        if (next < all.size() && next - end <= 2 * CONTEXT) {
          end = next;
        } else {
          break;
        }
      }
      int stop = Math.min(all.size(), end + CONTEXT);
      List<Line> lines = all.subList(start, stop);
      hunks.add(new Hunk(firstNumber(lines, true), firstNumber(lines, false), lines));
      i = stop;
    }
    return hunks;
  }

  private static int firstNumber(List<Line> lines, boolean old) {
    for (Line line : lines) {
      Integer number = old ? line.oldNumber() : line.newNumber();
      if (number != null) {
        return number;
      }
    }
    return 0;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty()
        ? List.of()
        : List.of(text.replace("\r\n", "\n").split("\n", -1));
  }
}
