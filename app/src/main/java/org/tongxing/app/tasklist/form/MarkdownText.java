package org.tongxing.app.tasklist.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the markdown of a form's {@code text} component as headings and paragraphs of plain text.
 * No HTML is produced here: the page escapes every text, so a form can never inject markup. Inline
 * markers ({@code **bold**}, {@code `code`}, links) are reduced to their words.
 */
public final class MarkdownText {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");

  private MarkdownText() {}

  public static List<TextBlock> blocks(String markdown) {
    List<TextBlock> blocks = new ArrayList<>();
    if (markdown == null || markdown.isBlank()) {
      return blocks;
    }
    StringBuilder paragraph = new StringBuilder();
    for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
      var heading = HEADING.matcher(line);
      if (line.isBlank() || heading.matches()) {
        flush(paragraph, blocks);
        if (heading.matches()) {
          blocks.add(new TextBlock(true, inline(heading.group(1))));
        }
        continue;
      }
      if (!paragraph.isEmpty()) {
        paragraph.append('\n');
      }
      paragraph.append(inline(line.strip()));
    }
    flush(paragraph, blocks);
    return blocks;
  }

  private static void flush(StringBuilder paragraph, List<TextBlock> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(new TextBlock(false, paragraph.toString()));
      paragraph.setLength(0);
    }
  }

  private static String inline(String text) {
    String plain =
        LINK.matcher(text).replaceAll(link -> link.group(1).isBlank() ? "$2" : "$1 ($2)");
    plain = STRONG.matcher(plain).replaceAll("$2");
    return CODE.matcher(plain).replaceAll("$1");
  }
}
