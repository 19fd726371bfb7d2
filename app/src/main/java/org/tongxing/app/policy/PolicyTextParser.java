package org.tongxing.app.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the policy's Chinese original into work items and sentences, numbered as the project cites
 * them: {@code item N.M} is the M-th sentence of work item N, the heading not counted.
 *
 * <p>The work items are the numbered paragraphs ({@code 1.完善促进残疾人就业政策。…}) of part 二、重点工作, grouped
 * under its sections ({@code （一）…}). The heading runs to the first {@code 。}; sentences end at
 * {@code 。！？} (with a closing quotation mark that follows). A sentence that opens with the
 * departments of the sentence before it, as {@code （市司法局）完善…} in item 10 does, gives that bracket
 * back to the sentence before.
 */
public final class PolicyTextParser {

  private static final Pattern ITEM = Pattern.compile("^(\\d{1,3})\\.(.+)$");
  private static final Pattern SECTION = Pattern.compile("^（[一二三四五六七八九十]+）.*");
  private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、(.*)$");
  private static final String WORK_ITEMS_PART = "重点工作";
  private static final String DRAFT_MARK = "（征求意见稿）";
  private static final String TERMINATORS = "。！？";
  private static final String CLOSING_QUOTES = "”’」』";

  private PolicyTextParser() {}

  public static PolicyText parse(String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n");
    StringBuilder title = new StringBuilder();
    List<WorkItem> items = new ArrayList<>();
    boolean inTitle = true;
    boolean inWorkItems = false;
    String section = "";
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (line.isEmpty()) {
        inTitle &= title.isEmpty();
        continue;
      }
      if (inTitle) {
        if (line.equals(DRAFT_MARK)) {
          inTitle = false;
        } else {
          title.append(line);
        }
        continue;
      }
      Matcher part = PART.matcher(line);
      if (part.matches()) {
        inWorkItems = part.group(1).strip().equals(WORK_ITEMS_PART);
        continue;
      }
      if (!inWorkItems) {
        continue;
      }
      if (SECTION.matcher(line).matches()) {
        section = line;
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (!item.matches()) {
        throw new IllegalArgumentException(
            "Expected a work item ('N.heading。sentences') or a"
                + " section ('（一）…') at line "
                + (index + 1)
                + ", but got '"
                + abbreviate(line)
                + "'");
      }
      int number = Integer.parseInt(item.group(1));
      if (number != items.size() + 1) {
        throw new IllegalArgumentException(
            "Expected work item "
                + (items.size() + 1)
                + " at line "
                + (index + 1)
                + ", but got item "
                + number);
      }
      items.add(workItem(number, item.group(2).strip(), section, index + 1));
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected the work items of part '" + WORK_ITEMS_PART + "', but found none");
    }
    return new PolicyText(title.toString(), items);
  }

  private static WorkItem workItem(int number, String paragraph, String section, int line) {
    List<String> parts = sentences(paragraph);
    if (parts.size() < 2) {
      throw new IllegalArgumentException(
          "Expected work item "
              + number
              + " (line "
              + line
              + ") to have a heading and at least one sentence, but got '"
              + abbreviate(paragraph)
              + "'");
    }
    List<PolicySentence> sentences = new ArrayList<>();
    for (int i = 1; i < parts.size(); i++) {
      sentences.add(new PolicySentence(new Clause(number, i), parts.get(i)));
    }
    return new WorkItem(number, parts.get(0), section, sentences);
  }

  /** The paragraph cut after each sentence's end, leading department brackets given back. */
  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      current.append(c);
      if (TERMINATORS.indexOf(c) >= 0) {
        while (i + 1 < paragraph.length() && CLOSING_QUOTES.indexOf(paragraph.charAt(i + 1)) >= 0) {
          current.append(paragraph.charAt(++i));
        }
        add(sentences, current.toString());
        current.setLength(0);
      }
    }
    add(sentences, current.toString());
    return sentences;
  }

  private static void add(List<String> sentences, String sentence) {
    String text = sentence.strip();
    if (text.isEmpty()) {
      return;
    }
    String departments = leadingDepartments(text);
    if (departments != null && !sentences.isEmpty()) {
      int last = sentences.size() - 1;
      sentences.set(last, sentences.get(last) + departments);
      text = text.substring(departments.length()).strip();
      if (text.isEmpty()) {
        return;
      }
    }
    sentences.add(text);
  }

  /** {@code （市司法局）} at the start of a sentence, or null. */
  private static String leadingDepartments(String text) {
    if (!text.startsWith("（")) {
      return null;
    }
    int close = text.indexOf('）');
    if (close < 0) {
      return null;
    }
    String inside = text.substring(1, close);
    boolean names = inside.contains("市") || inside.contains("政府") || inside.contains("局");
    return names && inside.chars().noneMatch(ch -> TERMINATORS.indexOf(ch) >= 0)
        ? text.substring(0, close + 1)
        : null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
