package org.tongxing.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxing.app.web.SupportedLocaleResolver;

@WebMvcTest(controllers = LoginController.class)
@Import({SecurityConfiguration.class, DemoUsersConfiguration.class})
class LoginPageTest {

  @Autowired MockMvc mvc;

  @Test
  void shouldRenderTheLoginPageInChineseByDefault() throws Exception {
    // given a server whose own language is English
    Locale serverLocale = Locale.getDefault();
    Locale.setDefault(Locale.US);
    Document page;
    try {
      // when the browser prefers English too, but nobody chose a language
      page =
          parse(
              mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                  .andExpect(status().isOk())
                  .andReturn());
    } finally {
      Locale.setDefault(serverLocale);
    }

    // then
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.title()).isEqualTo("登录 – 同行");
    assertThat(page.select("h1").text()).isEqualTo("登录同行");
    assertThat(page.select("label[for=username]").text()).isEqualTo("用户名");
    assertThat(page.select("label[for=password]").text()).isEqualTo("密码");
    assertThat(page.select("form[action=/login] input[name=_csrf]")).hasSize(1);
    assertThat(page.selectFirst("#username").attr("autocomplete")).isEqualTo("username");
    assertThat(page.selectFirst("#password").attr("autocomplete")).isEqualTo("current-password");
  }

  @Test
  void shouldRenderTheLoginPageInEnglishOnRequestAndRememberIt() throws Exception {
    // when
    MvcResult result =
        mvc.perform(get("/login").param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(cookie().value(SupportedLocaleResolver.COOKIE_NAME, "en"))
            .andExpect(cookie().httpOnly(SupportedLocaleResolver.COOKIE_NAME, true))
            .andReturn();
    Document remembered =
        parse(
            mvc.perform(get("/login").cookie(new Cookie(SupportedLocaleResolver.COOKIE_NAME, "en")))
                .andReturn());

    // then
    Document page = parse(result);
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h1").text()).isEqualTo("Sign in to Tongxing");
    assertThat(page.select("label[for=username]").text()).isEqualTo("User name");
    assertThat(page.select("nav.language-switch a[lang=zh-CN]").attr("href"))
        .isEqualTo("/login?lang=zh-CN");
    assertThat(page.select("nav.language-switch a[aria-current=true]").text()).isEqualTo("English");
    assertThat(remembered.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void shouldFallBackToChineseForAnUnsupportedLanguage() throws Exception {
    // when
    Document page = parse(mvc.perform(get("/login").param("lang", "fr")).andReturn());

    // then
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.select("h1").text()).isEqualTo("登录同行");
  }

  @Test
  void shouldSignInADemoUserWithTheirGroupsAsAuthorities() throws Exception {
    // when / then
    mvc.perform(formLogin("/login").user("dpf-zhang").password("demo"))
        .andExpect(redirectedUrl("/tasks"))
        .andExpect(
            authenticated()
                .withUsername("dpf-zhang")
                .withAuthorities(List.of(GroupAuthorities.authorityOf("dpf"))));
  }

  @Test
  void shouldTieTheErrorOfAFailedSignInToTheFieldsAndKeepTheUserName() throws Exception {
    // given
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            post("/login")
                .param("username", "dpf-zhang")
                .param("password", "wrong")
                .with(csrf())
                .session(session))
        .andExpect(redirectedUrl("/login?error"))
        .andExpect(unauthenticated());

    // when
    Document page = parse(mvc.perform(get("/login?error").session(session)).andReturn());

    // then
    Element message = page.getElementById("login-error-message");
    assertThat(message.text()).isEqualTo("用户名或密码不正确，请检查后重新输入。");
    assertThat(page.getElementById("login-error").attr("role")).isEqualTo("alert");
    assertThat(page.selectFirst("#username").attr("aria-describedby"))
        .isEqualTo("login-error-message");
    assertThat(page.selectFirst("#password").attr("aria-describedby"))
        .isEqualTo("login-error-message");
    assertThat(page.selectFirst("#password").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#username").val()).isEqualTo("dpf-zhang");
    assertThat(page.title()).startsWith("错误：");
  }

  @Test
  void shouldRequireACsrfTokenToSignIn() throws Exception {
    // when / then
    mvc.perform(post("/login").param("username", "dpf-zhang").param("password", "demo"))
        .andExpect(status().isForbidden())
        .andExpect(unauthenticated());
  }

  @Test
  void shouldSignOutBackToTheLoginPage() throws Exception {
    // when / then
    mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
  }

  @Test
  void shouldSetAStrictContentSecurityPolicyOnPages() throws Exception {
    // when / then
    mvc.perform(get("/login"))
        .andExpect(
            header().string("Content-Security-Policy", containsString("default-src 'self'")));
  }

  private static Document parse(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
