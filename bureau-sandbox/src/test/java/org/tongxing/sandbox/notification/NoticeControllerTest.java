package org.tongxing.sandbox.notification;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class NoticeControllerTest {

  @Autowired private MockMvc mvc;
  @Autowired private ObjectMapper objectMapper;

  private final String caseId = "JY-2026-" + UUID.randomUUID();
  private final String key = "notice-" + UUID.randomUUID();

  @AfterEach
  void resetFaults() throws Exception {
    mvc.perform(delete("/sandbox/admin/faults")).andExpect(status().isNoContent());
  }

  @Test
  void shouldSendAnSmsAndAnswerTheNotice() throws Exception {
    // when
    var result = send(key, notice("sms", "13805771234"));

    // then
    result
        .andExpect(status().isCreated())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.noticeId").value(matchesPattern("TZ\\d{8}\\d{8}")))
        .andExpect(
            header()
                .string("Location", matchesPattern(".*/sandbox/notifications/notices/TZ\\d{16}")))
        .andExpect(jsonPath("$.idempotencyKey").value(key))
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.recipientName").value("温州同行制衣有限公司"))
        .andExpect(jsonPath("$.mobile").value("13805771234"))
        .andExpect(jsonPath("$.channel").value("sms"))
        .andExpect(jsonPath("$.subject").value("残疾人就业补贴审核结果"))
        .andExpect(jsonPath("$.text").value("您单位的申请已通过，补贴 3600.00 元已拨付。"))
        .andExpect(jsonPath("$.policyClause").value("item 1.4"))
        .andExpect(jsonPath("$.status").value("SENT"))
        .andExpect(jsonPath("$.sentAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00")));
  }

  @Test
  void shouldSendALetterOrAnInAppMessageWithoutAMobileNumber() throws Exception {
    // when / then
    send(key, notice("letter", null)).andExpect(status().isCreated());
    send(key + "-2", notice("in-app", null)).andExpect(status().isCreated());
  }

  @Test
  void shouldAnswerTheFirstNoticeWhenTheKeyIsUsedAgain() throws Exception {
    // given
    String first =
        send(key, notice("sms", "13805771234"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    // when
    var again = send(key, notice("sms", "13805771234"));

    // then
    again.andExpect(status().isOk()).andExpect(content().json(first, true));
    mvc.perform(get("/sandbox/notifications/notices").param("caseId", caseId))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void shouldAnswerConflictWhenTheKeyIsUsedForOtherContent() throws Exception {
    // given
    send(key, notice("sms", "13805771234")).andExpect(status().isCreated());

    // when
    var result = send(key, notice("sms", "13905779876"));

    // then
    result
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:idempotency-conflict"))
        .andExpect(jsonPath("$.mismatches[0]").value("mobile"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    ("Expected the notice under key '%s' to repeat the first request, but mobile"
                            + " was '13905779876' (first: '13805771234')")
                        .formatted(key)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sms | 1380577123 | Expected mobile of 11 digits starting with 1, but was '1380577123'",
        "sms | 23805771234 | Expected mobile of 11 digits starting with 1, but was '23805771234'",
        "letter | 138-0577-1234 | Expected mobile of 11 digits starting with 1, but was"
            + " '138-0577-1234'",
        "sms | | Expected a mobile number for channel 'sms', but none was given",
        "fax | | Expected channel to be one of [sms, letter, in-app], but was 'fax'"
      })
  void shouldRejectAnInvalidMobileNumberOrChannel(
      String channel, String mobile, String expectedDetail) throws Exception {
    // when
    var result = send(key, notice(channel, mobile));

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:invalid-request"))
        .andExpect(jsonPath("$.detail").value(expectedDetail + " (case '" + caseId + "')"));
    mvc.perform(get("/sandbox/notifications/notices").param("caseId", caseId))
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void shouldRejectANoticeWithoutIdempotencyKey() throws Exception {
    // when
    var result =
        mvc.perform(
            post("/sandbox/notifications/notices")
                .contentType(MediaType.APPLICATION_JSON)
                .content(objectMapper.writeValueAsString(notice("sms", "13805771234"))));

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    ("Expected an Idempotency-Key header of 1 to 200 printable ASCII characters,"
                            + " but was missing (case '%s')")
                        .formatted(caseId)));
  }

  @Test
  void shouldListTheNoticesOfACaseAndGetOneById() throws Exception {
    // given
    send(key + "-a", notice("sms", "13805771234")).andExpect(status().isCreated());
    String secondId =
        objectMapper
            .readTree(
                send(key + "-b", notice("letter", null))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("noticeId")
            .asText();

    // when / then
    mvc.perform(get("/sandbox/notifications/notices").param("caseId", caseId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].channel").value("sms"))
        .andExpect(jsonPath("$[1].channel").value("letter"));
    mvc.perform(get("/sandbox/notifications/notices/{id}", secondId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idempotencyKey").value(key + "-b"));
    mvc.perform(get("/sandbox/notifications/notices/{id}", "TZ0000"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:notice-not-found"));
  }

  @Test
  void shouldSendNothingWhileAFaultIsInjected() throws Exception {
    // given
    mvc.perform(
            put("/sandbox/admin/faults")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"system\": \"notifications\", \"failNext\": 1}"))
        .andExpect(status().isOk());

    // when
    var failed = send(key, notice("sms", "13805771234"));

    // then
    failed
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:bureau-unavailable"));
    mvc.perform(get("/sandbox/notifications/notices").param("caseId", caseId))
        .andExpect(jsonPath("$.length()").value(0));
    send(key, notice("sms", "13805771234")).andExpect(status().isCreated());
  }

  private ResultActions send(String idempotencyKey, Map<String, Object> notice) throws Exception {
    return mvc.perform(
        post("/sandbox/notifications/notices")
            .header("Idempotency-Key", idempotencyKey)
            .contentType(MediaType.APPLICATION_JSON)
            .content(objectMapper.writeValueAsString(notice)));
  }

  private Map<String, Object> notice(String channel, String mobile) {
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("caseId", caseId);
    notice.put("recipientName", "温州同行制衣有限公司");
    notice.put("mobile", mobile);
    notice.put("channel", channel);
    notice.put("subject", "残疾人就业补贴审核结果");
    notice.put("text", "您单位的申请已通过，补贴 3600.00 元已拨付。");
    notice.put("policyClause", "item 1.4");
    return notice;
  }
}
