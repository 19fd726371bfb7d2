package org.tongxing.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy's Chinese original read into the clauses the processes cite: {@code item N.M} is the
 * M-th sentence of work item N, the heading not counted.
 */
class PolicyTextParserTest {

  private static PolicyText policy;

  @BeforeAll
  static void parseTheShippedText() {
    policy = new PolicyClauses().text();
  }

  @Test
  void shouldReadTheTitleAndTheFourteenWorkItems() {
    assertThat(policy.title()).isEqualTo("关于全面推进残疾人事业高质量发展促进残疾人共同富裕的实施意见");
    assertThat(policy.items()).hasSize(14);
    assertThat(policy.items().get(0).heading()).isEqualTo("完善促进残疾人就业政策。");
    assertThat(policy.items().get(0).section()).isEqualTo("（一）进一步缩小残健收入差距");
    assertThat(policy.items().get(13).heading()).isEqualTo("构建社会助残共富模式。");
    assertThat(policy.items().get(13).section()).isEqualTo("（四）积极促进残疾人全面综合发展");
  }

  @ParameterizedTest(name = "item {0} starts with {1}")
  @CsvSource({
    "1.1, 全面落实残疾人就业有关政策和机制",
    "1.4, 落实按比例就业扶持政策，上年度按月实际支付给残疾人职工的工资在当地月最低工资标准150%以上",
    "1.5, 安排残疾人超过1.5%比例的用人单位，每多安排1名",
    "1.6, 鼓励企业集中安置残疾人就业",
    "1.7, 残疾人就业认定户籍范围由本市扩大至全国",
    "5.1, 提升残疾儿童定点康复机构规范化水平",
    "6.2, 未满7周岁的残疾儿童在定点机构康复训练费用按年人均最高2.4万元标准补助",
    "6.3, 对经各县（市、区）特殊儿童教育专业委员会鉴定",
    "6.4, 民办残疾儿童定点康复机构每收训一名残疾儿童达半年以上",
    "7.6, 市本级对市区低保和低保边缘残疾学生及残疾人家庭的子女给予助学补助",
    "7.7, 对非低保和非低保边缘残疾学生给予助学补助",
    "8.3, 推进“残疾人之家”提升建设",
    "8.5, 引导企业创办工疗型“残疾人之家”",
    "10.3, 完善残疾人信访办理机制"
  })
  void shouldNumberTheSentencesAsTheProjectCitesThem(String clause, String start) {
    assertThat(policy.sentence(Clause.parse(clause)))
        .hasValueSatisfying(sentence -> assertThat(sentence.text()).startsWith(start));
  }

  @Test
  void shouldKeepEachSentenceWhole() {
    assertThat(policy.sentence(Clause.parse("item 1.7")).orElseThrow().text())
        .isEqualTo("残疾人就业认定户籍范围由本市扩大至全国（市残联、市委组织部、市委编办、市人社局）。");
    assertThat(policy.items().get(0).sentences()).hasSize(7);
    assertThat(policy.has(Clause.parse("item 1.8"))).isFalse();
    assertThat(policy.has(Clause.parse("item 15.1"))).isFalse();
  }

  @Test
  void shouldGiveALeadingDepartmentBracketBackToTheSentenceBefore() {
    // item 10: "…扩大残疾人享受法律援助的范围。（市司法局）完善残疾人信访办理机制，…"
    assertThat(policy.sentence(Clause.parse("item 10.2")).orElseThrow().text())
        .startsWith("充分发挥残疾人法律救助工作协调机制的作用")
        .endsWith("扩大残疾人享受法律援助的范围。（市司法局）");
    assertThat(policy.items().get(9).sentences()).hasSize(4);
  }

  @Test
  void shouldKeepAClosingQuotationMarkWithItsSentence() {
    assertThat(PolicyTextParser.sentences("标题。他说“好。”然后走了。"))
        .containsExactly("标题。", "他说“好。”", "然后走了。");
  }

  @Test
  void shouldRefuseATextWhoseItemsAreOutOfOrderNamingTheLine() {
    String text = "标题\n（征求意见稿）\n二、重点工作\n1.甲。一句。\n3.丙。一句。\n";

    assertThatThrownBy(() -> PolicyTextParser.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected work item 2 at line 5, but got item 3");
  }

  @Test
  void shouldRefuseAnItemWithoutSentences() {
    assertThatThrownBy(() -> PolicyTextParser.parse("标题\n（征求意见稿）\n二、重点工作\n1.只有标题。\n"))
        .hasMessageContaining(
            "Expected work item 1 (line 4) to have a heading and at least one" + " sentence");
  }
}
