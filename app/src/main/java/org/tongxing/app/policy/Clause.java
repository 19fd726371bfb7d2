package org.tongxing.app.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule of the policy, cited as {@code item N.M}: the M-th sentence of work item N, the item's
 * heading not counted (see {@code /work/shared/policy/README.md}).
 */
public record Clause(int item, int sentence) implements Comparable<Clause> {

  private static final Pattern CITATION =
      Pattern.compile("\\bitem\\s*(\\d{1,3})\\.(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXACT =
      Pattern.compile("(?:item\\s*)?(\\d{1,3})\\.(\\d{1,3})", Pattern.CASE_INSENSITIVE);

  public Clause {
    if (item < 1 || sentence < 1) {
      throw new IllegalArgumentException(
          "Expected an item and a sentence number of at least 1, but got " + item + "." + sentence);
    }
  }

  /**
   * The clause written as {@code item N.M} or {@code N.M} (any case, spaces around), or an error
   * that quotes the text.
   */
  public static Clause parse(String text) {
    Matcher matcher = EXACT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Expected a clause such as 'item 1.4', but got '" + text + "'");
    }
    return new Clause(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /**
   * Every clause cited in a text, in order, each once: {@code "item 1.4, item 1.7"} or a sentence
   * that mentions {@code item 6.2}.
   */
  public static List<Clause> findAll(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    LinkedHashSet<Clause> found = new LinkedHashSet<>();
    Matcher matcher = CITATION.matcher(text);
    while (matcher.find()) {
      found.add(new Clause(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }
    return new ArrayList<>(found);
  }

  /** {@code 1.4}: the short form used in URLs. */
  public String number() {
    return item + "." + sentence;
  }

  /** {@code item-1-4}: an HTML id. */
  public String anchor() {
    return "item-" + item + "-" + sentence;
  }

  @Override
  public int compareTo(Clause other) {
    return item != other.item
        ? Integer.compare(item, other.item)
        : Integer.compare(sentence, other.sentence);
  }

  /** {@code item 1.4}, as processes, decisions and forms cite it. */
  @Override
  public String toString() {
    return "item " + number();
  }
}
