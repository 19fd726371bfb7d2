package org.tongxing.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.app.web.ErrorPagesController;

/** Which paths need a user and a CSRF token; no controllers of the engine are in this slice. */
@WebMvcTest(controllers = {LoginController.class, ErrorPagesController.class})
@Import({SecurityConfiguration.class, DemoUsersConfiguration.class})
class SecurityRulesTest {

  @Autowired MockMvc mvc;

  @Test
  void shouldLetApiClientsCallTheEngineApiWithoutSessionOrCsrfToken() throws Exception {
    // when / then: the slice has no /v2 controller, so passing security means a 404
    var api =
        mvc.perform(
                post("/v2/user-tasks/search")
                    .contentType("application/json")
                    .content("{}")
                    .with(httpBasic("tongxing-app", "demo")))
            .andExpect(status().isNotFound())
            .andExpect(header().doesNotExist("Content-Security-Policy"))
            .andReturn();
    mvc.perform(post("/v2/user-tasks/search").contentType("application/json").content("{}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/sandbox/hrss/wage-records").content("{}")).andExpect(status().isNotFound());

    // and no session is made for them
    assertThat(api.getRequest().getSession(false)).isNull();
  }

  @Test
  void shouldSendTheContentSecurityPolicyWithEveryPage() throws Exception {
    // when / then
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("default-src 'self'")));
  }

  @Test
  void shouldLetAnyoneSeeHealthAndStaticAssets() throws Exception {
    // when / then
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isNotFound());
    mvc.perform(get("/css/tongxing.css")).andExpect(status().isOk());
    mvc.perform(get("/js/tongxing.js")).andExpect(status().isOk());
    mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
  }

  @Test
  void shouldSendVisitorsOfAnyOtherPageToTheLoginPage() throws Exception {
    // when / then
    mvc.perform(get("/tasks")).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/anything-else")).andExpect(redirectedUrlPattern("**/login"));
  }

  @Test
  void shouldForwardAPostWithoutCsrfTokenToTheAccessDeniedPage() throws Exception {
    // when / then
    mvc.perform(post("/tasks/1/claim").with(user("dpf-zhang")))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl("/access-denied"));
  }

  @Test
  void shouldExplainAnExpiredSessionOnTheAccessDeniedPage() throws Exception {
    // when
    Document expired =
        Jsoup.parse(
            mvc.perform(
                    post("/access-denied")
                        .with(user("dpf-zhang"))
                        .with(csrf())
                        .requestAttr(AccessDeniedPageHandler.SESSION_EXPIRED, true))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    Document refused =
        Jsoup.parse(
            mvc.perform(get("/access-denied").param("lang", "en").with(user("dpf-zhang")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    // then
    assertThat(expired.select("main").text()).contains("您的登录可能已超时");
    assertThat(expired.select("main a[href=/login]")).hasSize(1);
    assertThat(refused.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(refused.select("h1").text()).isEqualTo("You do not have access to this page");
  }
}
