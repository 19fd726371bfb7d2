package org.tongxing.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in throttling and the login page's explanations, with the real security rules. */
@WebMvcTest(controllers = LoginController.class)
@Import({SecurityConfiguration.class, DemoUsersConfiguration.class})
class SignInProtectionTest {

  @Autowired MockMvc mvc;

  @Test
  void shouldRefuseEvenTheRightPasswordAfterRepeatedFailuresAndSayHowLongToWait() throws Exception {
    // given five wrong passwords for one user
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user("education-sun").password("wrong-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    MockHttpSession session = new MockHttpSession();

    // when the right one follows
    mvc.perform(
            post("/login")
                .param("username", "education-sun")
                .param("password", "demo")
                .with(csrf())
                .session(session))
        .andExpect(redirectedUrl("/login?locked"))
        .andExpect(unauthenticated());

    // then the login page says why and for how long, as an alert that takes focus
    Document page =
        Jsoup.parse(
            mvc.perform(get("/login?locked").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.select("#login-locked[role=alert][data-focus-on-load]").text())
        .contains("登录失败次数过多", "请 15 分钟后再试");
  }

  @Test
  void shouldLetOtherUsersSignInWhileOneIsLockedOut() throws Exception {
    // given
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user("tax-wu").password("wrong"));
    }

    // when / then
    mvc.perform(formLogin().user("market-zhou").password("demo"))
        .andExpect(redirectedUrl("/tasks"));
  }

  @Test
  void shouldSendAPageAskedForWithAnExpiredSessionToTheLoginPageSayingSo() throws Exception {
    // when the browser still sends the id of a session that timed out
    mvc.perform(
            get("/tasks")
                .with(
                    request -> {
                      request.setRequestedSessionId("timed-out");
                      request.setRequestedSessionIdValid(false);
                      return request;
                    }))
        .andExpect(redirectedUrl("http://localhost/login?expired"));

    // then the login page explains it
    Document page =
        Jsoup.parse(
            mvc.perform(get("/login?expired"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.select("[role=status]").text()).isEqualTo("您的登录已超时，请重新登录。");
  }
}
