package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * Every period of the 信访工作条例 (2022) and of the 法律援助法 that the petition processes keep, quoted from
 * the text, against decision {@code petition-periods} as the engine evaluates it.
 */
@TongxingAppTest
class PetitionPeriodsDecisionTest {

  /** A sentence of the text with one period in it, and the stage that keeps it. */
  private record Quote(String article, String text, String stage) {}

  private static final List<Quote> QUOTES =
      List.of(
          new Quote(
              "信访工作条例 第二十二条第一款", "各级党委和政府信访部门收到信访事项，应当予以登记，并区分情况，在15日内分别按照下列方式处理", "acceptance"),
          new Quote("信访工作条例 第二十三条第二款", "不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人", "acceptance"),
          new Quote(
              "信访工作条例 第二十三条第三款",
              "不属于本机关、单位或者本系统职权范围的，有关机关、单位应当自收到之日起5个工作日内提出异议，并详细说明理由",
              "objection"),
          new Quote("信访工作条例 第三十三条", "信访事项应当自受理之日起60日内办结", "handling"),
          new Quote(
              "信访工作条例 第三十三条", "情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由", "extension"),
          new Quote(
              "信访工作条例 第三十四条",
              "信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查",
              "review-request"),
          new Quote(
              "信访工作条例 第三十四条", "收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复", "review-decision"),
          new Quote(
              "信访工作条例 第三十五条",
              "信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、单位请求复核",
              "re-review-request"),
          new Quote("信访工作条例 第三十五条", "收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见", "re-review-decision"),
          new Quote(
              "法律援助法 第四十三条", "法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定", "legal-aid-decision"));

  /**
   * 第二十三条第三款 also gives the assigned body 15 days to tell the petitioner that it has the petition
   * (应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序): the process sends that notice the moment it assigns
   * (Task_NotifyAccepted, Task_NotifyReassigned), so no period is watched.
   */
  private static final String SENT_AT_ONCE =
      "属于本机关、单位职权范围的，有关机关、单位应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序";

  /** The one row that is Tongxing's configuration, not a period of either text. */
  private static final String CONFIGURATION = "request-in-transit";

  private static final Pattern PERIOD = Pattern.compile("(\\d+|七)(个工作日|日)");

  /** The law and its article: 信访工作条例, 第二十三条. */
  private static final Pattern ARTICLE = Pattern.compile("^(\\S+) (第[一二三四五六七八九十]+条)");

  @Autowired CamundaClient client;

  @Test
  void shouldKeepEveryPeriodOfTheTextAsTheTextCountsIt() {
    // given the rows in force for a petition received on 2026-09-14
    Map<String, JsonNode> rows = periods("2026-09-14");

    // then
    for (Quote quote : QUOTES) {
      Matcher period = PERIOD.matcher(quote.text());
      assertThat(period.find()).as("a period in %s", quote.text()).isTrue();
      int days = period.group(1).equals("七") ? 7 : Integer.parseInt(period.group(1));
      String counting = period.group(2).equals("个工作日") ? "working-days" : "calendar-days";
      JsonNode row = rows.get(quote.stage());
      assertThat(row).as("row %s for %s", quote.stage(), quote.article()).isNotNull();
      assertThat(row.path("days").asInt())
          .as("days of %s (%s)", quote.stage(), quote.article())
          .isEqualTo(days);
      assertThat(row.path("counting").asText())
          .as("counting of %s (%s)", quote.stage(), quote.article())
          .isEqualTo(counting);
      Matcher article = ARTICLE.matcher(quote.article());
      assertThat(article.find()).isTrue();
      assertThat(row.path("clause").asText())
          .as("clause of %s", quote.stage())
          .startsWith(article.group(1))
          .contains(article.group(2));
    }
    assertThat(PERIOD.matcher(SENT_AT_ONCE).find()).isTrue();
  }

  @Test
  void shouldHoldNoPeriodTheTextsDoNotGive() {
    // when
    Map<String, JsonNode> rows = periods("2026-09-14");

    // then every row is a quoted period, or the one marked as Tongxing's configuration
    List<String> quoted = QUOTES.stream().map(Quote::stage).distinct().toList();
    assertThat(rows.keySet())
        .allSatisfy(
            stage -> assertThat(quoted.contains(stage) || stage.equals(CONFIGURATION)).isTrue());
    assertThat(rows.get(CONFIGURATION).path("clause").asText()).startsWith("Tongxing 配置");
    assertThat(rows).hasSize(quoted.size() + 1);
  }

  @Test
  void shouldRemindBeforeEveryPeriodAnOfficeKeepsButNotThePetitionersOwn() {
    // when
    Map<String, JsonNode> rows = periods("2026-09-14");

    // then
    for (String stage :
        List.of(
            "acceptance",
            "handling",
            "extension",
            "review-decision",
            "re-review-decision",
            "legal-aid-decision")) {
      JsonNode row = rows.get(stage);
      assertThat(row.path("reminderDays").asInt())
          .as("reminder of %s", stage)
          .isPositive()
          .isLessThan(row.path("days").asInt());
      assertThat(row.path("reminderCounting").asText()).isEqualTo("working-days");
    }
    for (String stage :
        List.of("review-request", "re-review-request", "objection", CONFIGURATION)) {
      assertThat(rows.get(stage).path("reminderDays").isNull())
          .as("no reminder of %s", stage)
          .isTrue();
    }
  }

  @Test
  void shouldApplyOnlyToPetitionsReceivedOnceTheRegulationWasInForce() {
    // when received the day before 2022-05-01 (信访工作条例 第五十条)
    Map<String, JsonNode> rows = periods("2022-04-30");

    // then
    assertThat(rows).isEmpty();
  }

  @Test
  void shouldHaveTheCityReviewAndTheProvinceReReview() throws Exception {
    for (String level : List.of("county", "city")) {
      // when
      JsonNode bodies =
          new ObjectMapper()
              .readTree(
                  client
                      .newEvaluateDecisionCommand()
                      .decisionId("petition-review-bodies")
                      .variables(Map.of("handledByLevel", level))
                      .send()
                      .join()
                      .getDecisionOutput());

      // then
      assertThat(bodies).hasSize(2);
      assertThat(bodies.get(0).path("level").asText()).isEqualTo("review");
      assertThat(bodies.get(0).path("reviewerGroup").asText()).isEqualTo("petitions");
      assertThat(bodies.get(0).path("clause").asText()).isEqualTo("信访工作条例 第三十四条");
      assertThat(bodies.get(1).path("level").asText()).isEqualTo("re-review");
      assertThat(bodies.get(1).path("inSystem").asBoolean()).isFalse();
      assertThat(bodies.get(1).path("reviewerName").asText()).isEqualTo("浙江省人民政府");
    }
  }

  private Map<String, JsonNode> periods(String receivedOn) {
    String output =
        client
            .newEvaluateDecisionCommand()
            .decisionId("petition-periods")
            .variables(Map.of("receivedOn", receivedOn))
            .send()
            .join()
            .getDecisionOutput();
    try {
      JsonNode rows = new ObjectMapper().readTree(output);
      Map<String, JsonNode> byStage = new java.util.LinkedHashMap<>();
      List<JsonNode> list = new ArrayList<>();
      if (rows != null && rows.isArray()) {
        StreamSupport.stream(rows.spliterator(), false).forEach(list::add);
      }
      list.forEach(row -> byStage.put(row.path("stage").asText(), row));
      return byStage;
    } catch (Exception e) {
      throw new AssertionError("Expected the periods as JSON, but got " + output, e);
    }
  }
}
