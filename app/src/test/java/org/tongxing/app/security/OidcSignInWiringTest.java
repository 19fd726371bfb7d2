package org.tongxing.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OpenID Connect by configuration alone: with a client registration, the login page offers the
 * provider and its button starts the authorization code flow at the provider.
 */
@WebMvcTest(
    controllers = LoginController.class,
    properties = {
      "tongxing.demo-users.enabled=false",
      "spring.security.oauth2.client.registration.gov.client-id=tongxing",
      "spring.security.oauth2.client.registration.gov.client-secret=secret",
      "spring.security.oauth2.client.registration.gov.client-name=政务统一身份认证",
      "spring.security.oauth2.client.registration.gov.scope=openid,profile",
      "spring.security.oauth2.client.registration.gov.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.gov.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.provider.gov.authorization-uri=https://id.example.gov.cn/authorize",
      "spring.security.oauth2.client.provider.gov.token-uri=https://id.example.gov.cn/token",
      "spring.security.oauth2.client.provider.gov.jwk-set-uri=https://id.example.gov.cn/jwks",
      "spring.security.oauth2.client.provider.gov.user-info-uri=https://id.example.gov.cn/userinfo",
      "spring.security.oauth2.client.provider.gov.user-name-attribute=sub"
    })
@Import({SecurityConfiguration.class, DemoUsersConfiguration.class})
class OidcSignInWiringTest {

  @Autowired MockMvc mvc;

  @Test
  void shouldOfferTheProviderOnTheLoginPageAndStartItsSignIn() throws Exception {
    // when
    Document page =
        Jsoup.parse(
            mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    String start = page.select(".login-providers a").attr("href");

    // then
    assertThat(page.select(".login-providers a").text()).isEqualTo("使用政务统一身份认证登录");
    assertThat(start).isEqualTo("/oauth2/authorization/gov");
    String redirect =
        mvc.perform(get(start))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(redirect)
        .startsWith("https://id.example.gov.cn/authorize?")
        .contains("client_id=tongxing", "scope=openid%20profile", "response_type=code");
  }
}
