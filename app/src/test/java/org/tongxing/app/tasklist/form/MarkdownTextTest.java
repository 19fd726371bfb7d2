package org.tongxing.app.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void shouldSplitHeadingsAndParagraphsKeepingLineBreaks() {
    // when
    List<TextBlock> blocks =
        MarkdownText.blocks("## 市残联审核：残疾人就业补贴\n\n依据《实施意见》第1项，\n每年补贴一次。\n\n请核对后作出决定。");

    // then
    assertThat(blocks)
        .containsExactly(
            new TextBlock(true, "市残联审核：残疾人就业补贴"),
            new TextBlock(false, "依据《实施意见》第1项，\n每年补贴一次。"),
            new TextBlock(false, "请核对后作出决定。"));
  }

  @Test
  void shouldReduceInlineMarkupToItsWordsAndLeaveHtmlAsText() {
    // when
    List<TextBlock> blocks =
        MarkdownText.blocks(
            "**注意**：见 [信访工作条例](https://example.org/rules) 与 `item 10.3`。<script>alert(1)</script>");

    // then the script stays text; the page escapes it
    assertThat(blocks)
        .containsExactly(
            new TextBlock(
                false,
                "注意：见 信访工作条例 (https://example.org/rules) 与 item 10.3。<script>alert(1)</script>"));
  }

  @Test
  void shouldGiveNothingForNoText() {
    assertThat(MarkdownText.blocks(null)).isEmpty();
    assertThat(MarkdownText.blocks("  \n ")).isEmpty();
  }
}
