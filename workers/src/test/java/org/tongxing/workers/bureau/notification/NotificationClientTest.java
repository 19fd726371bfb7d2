package org.tongxing.workers.bureau.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;

class NotificationClientTest {

  private static final String BASE_URL = "http://notify.test/sandbox/notifications";
  private static final String URL = BASE_URL + "/notices";
  private static final NoticeRequest NOTICE =
      new NoticeRequest("JY-2026-0001", "陈建国", " ", "letter", "审核结果", "您的申请已通过。", "item 1.4");

  private MockRestServiceServer server;
  private NotificationClient client;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    client =
        new NotificationClient(
            new BureauClient(NotificationClient.SYSTEM.name(), builder.build(), () -> BASE_URL));
  }

  @AfterEach
  void verifyRequests() {
    server.verify();
  }

  @Test
  void shouldPostTheNoticeUnderItsIdempotencyKey() {
    // given a blank mobile, as a form leaves it, goes out as none
    server
        .expect(requestTo(URL))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header("Idempotency-Key", "11-22"))
        .andExpect(
            content()
                .json(
                    """
                    {"caseId": "JY-2026-0001", "recipientName": "陈建国", "mobile": null,
                     "channel": "letter", "subject": "审核结果", "text": "您的申请已通过。",
                     "policyClause": "item 1.4"}
                    """,
                    true))
        .andRespond(
            withStatus(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(
                    """
                    {"noticeId": "TZ2026031500000001", "idempotencyKey": "11-22",
                     "caseId": "JY-2026-0001", "channel": "letter", "status": "SENT",
                     "sentAt": "2026-03-15T10:30:45+08:00"}
                    """));

    // when
    Notice notice = client.send("11-22", NOTICE);

    // then
    assertThat(notice.noticeId()).isEqualTo("TZ2026031500000001");
  }

  @Test
  void shouldTakeABadRequestForAnInvalidRequest() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(
            withStatus(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    """
                    {"type": "urn:tongxing:problem:invalid-request", "status": 400,
                     "detail": "Expected channel to be one of [sms, letter, in-app], but was 'fax'"}
                    """));

    // when / then
    assertThatThrownBy(() -> client.send("11-22", NOTICE))
        .isInstanceOf(BureauRequestInvalidException.class)
        .hasMessage(
            "Expected the notification service to accept POST %s for notice '11-22' of case"
                + " 'JY-2026-0001', but it answered 400 BAD_REQUEST: Expected channel to be one of"
                + " [sms, letter, in-app], but was 'fax'",
            URL);
  }

  @Test
  void shouldTakeAConflictWithoutItsProblemTypeForAFault() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN));

    // when / then
    assertThatThrownBy(() -> client.send("11-22", NOTICE))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessageEndingWith("but got 409 CONFLICT");
  }

  @Test
  void shouldFailWhenTheServiceIsUnavailable() {
    // given
    server.expect(requestTo(URL)).andRespond(withServiceUnavailable());

    // when / then
    assertThatThrownBy(() -> client.send("11-22", NOTICE))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200 or 201 from POST %s for notice '11-22' of case 'JY-2026-0001', but got"
                + " 503 SERVICE_UNAVAILABLE",
            URL);
  }
}
