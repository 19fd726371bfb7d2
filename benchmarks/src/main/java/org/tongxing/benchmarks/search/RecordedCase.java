package org.tongxing.benchmarks.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongxing.engine.log.RecordCodec;
import org.tongxing.engine.record.Record;

/**
 * The records the engine wrote for one real case — its opening (start to the open user task) and
 * its closing (the task completed to the end) — and copies of them for other cases, which differ
 * only in their keys, times and variable values. The scale benchmark fills the search side with a
 * million cases through the exporter this way, in bulk, as if the engine had run them: the rows and
 * documents are the ones the engine's records produce, without hours of engine time and an engine
 * log of a million cases in the file.
 *
 * <p>The recorded case runs with the variables {@link #APPLICATION_ID}, {@link #COUNTY} and {@link
 * #DEPARTMENT} on a pinned clock: its opening at one instant, its closing at another.
 */
final class RecordedCase {

  static final String APPLICATION_ID = "JY-RECORDED";
  static final String COUNTY = "county-recorded";
  static final String DEPARTMENT = "department-recorded";

  /** A place in the records' JSON that differs between copies. */
  private enum Slot {
    START,
    END,
    APPLICATION_ID,
    COUNTY,
    DEPARTMENT
  }

  /** A key of the case, as its offset from the case's first key. */
  private record KeySlot(long offset) {}

  private final RecordCodec codec = new RecordCodec();
  private final List<Object> opening;
  private final List<Object> closing;
  private final long keySpan;
  private final long firstCopyKey;

  private RecordedCase(
      List<Object> opening, List<Object> closing, long keySpan, long firstCopyKey) {
    this.opening = opening;
    this.closing = closing;
    this.keySpan = keySpan;
    this.firstCopyKey = firstCopyKey;
  }

  /**
   * The case in these records (none of other cases, no clock changes): those at {@code start} are
   * its opening, those at {@code end} its closing. Copies take keys above every key seen.
   */
  static RecordedCase of(List<Record> records, long start, long end) {
    List<Record> opening = records.stream().filter(r -> r.timestamp() == start).toList();
    List<Record> closing = records.stream().filter(r -> r.timestamp() == end).toList();
    if (opening.isEmpty()
        || closing.isEmpty()
        || opening.size() + closing.size() != records.size()) {
      throw new IllegalArgumentException(
          "Expected the records of one case at "
              + start
              + " and "
              + end
              + ", but got "
              + records.stream()
                  .map(r -> r.timestamp() + " " + r.intent())
                  .collect(Collectors.joining(", ")));
    }
    Set<Long> keys =
        records.stream().map(Record::key).filter(k -> k > 0).collect(Collectors.toSet());
    long first = keys.stream().mapToLong(Long::longValue).min().orElseThrow();
    long last = keys.stream().mapToLong(Long::longValue).max().orElseThrow();
    RecordCodec codec = new RecordCodec();
    return new RecordedCase(
        segments(
            new String(codec.encode(opening), StandardCharsets.UTF_8), keys, first, start, end),
        segments(
            new String(codec.encode(closing), StandardCharsets.UTF_8), keys, first, start, end),
        last - first + 1,
        last + 1);
  }

  /** The opening records of copy {@code n} (from 0), at {@code start}. */
  List<Record> opening(int n, long start, String applicationId, String county, String department) {
    return decode(opening, n, start, start, applicationId, county, department);
  }

  /** The closing records of copy {@code n}, at {@code end}. */
  List<Record> closing(int n, long start, long end) {
    return decode(closing, n, start, end, "", "", "");
  }

  private List<Record> decode(
      List<Object> segments,
      int n,
      long start,
      long end,
      String applicationId,
      String county,
      String department) {
    StringBuilder json = new StringBuilder(4096);
    long base = firstCopyKey + n * keySpan;
    for (Object segment : segments) {
      if (segment instanceof String text) {
        json.append(text);
      } else if (segment instanceof KeySlot key) {
        json.append(base + key.offset());
      } else {
        switch ((Slot) segment) {
          case START -> json.append(start);
          case END -> json.append(end);
          case APPLICATION_ID -> json.append(applicationId);
          case COUNTY -> json.append(county);
          case DEPARTMENT -> json.append(department);
        }
      }
    }
    return codec.decode(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON cut into literal text and slots: the case's keys, its times, its variables. */
  private static List<Object> segments(
      String json, Set<Long> keys, long firstKey, long start, long end) {
    List<Object> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(json.charAt(i - 1)))) {
        int j = i;
        while (j < json.length() && Character.isDigit(json.charAt(j))) {
          j++;
        }
        String digits = json.substring(i, j);
        Object slot = null;
        if (j - i <= 18 && (j == json.length() || !Character.isLetter(json.charAt(j)))) {
          long number = Long.parseLong(digits);
          slot =
              keys.contains(number)
                  ? new KeySlot(number - firstKey)
                  : number == start ? Slot.START : number == end ? Slot.END : null;
        }
        if (slot == null) {
          text.append(digits);
        } else {
          literal(text, segments);
          segments.add(slot);
        }
        i = j;
        continue;
      }
      Slot named =
          json.startsWith(APPLICATION_ID, i)
              ? Slot.APPLICATION_ID
              : json.startsWith(COUNTY, i)
                  ? Slot.COUNTY
                  : json.startsWith(DEPARTMENT, i) ? Slot.DEPARTMENT : null;
      if (named != null) {
        literal(text, segments);
        segments.add(named);
        i +=
            switch (named) {
              case APPLICATION_ID -> APPLICATION_ID.length();
              case COUNTY -> COUNTY.length();
              default -> DEPARTMENT.length();
            };
        continue;
      }
      text.append(c);
      i++;
    }
    literal(text, segments);
    return segments;
  }

  private static void literal(StringBuilder text, List<Object> segments) {
    if (!text.isEmpty()) {
      segments.add(text.toString());
      text.setLength(0);
    }
  }
}
