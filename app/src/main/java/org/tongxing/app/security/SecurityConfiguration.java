package org.tongxing.app.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tongxing.app.security.api.ApiSecurityConfiguration;
import org.tongxing.app.security.identity.IdentityConfiguration;
import org.tongxing.app.security.identity.IdentityProperties;
import org.tongxing.app.security.identity.OidcStaffUserService;
import org.tongxing.app.security.throttle.SignInThrottle;
import org.tongxing.app.security.throttle.SignInThrottleFilter;

/**
 * Who may open what. Staff pages need a signed-in user. The engine's REST API ({@code /v2}) and the
 * bureau sandbox share the port but not the session: they have chains of their own, first in line,
 * that are stateless and skip CSRF, since their callers are programs that send no cookies; the REST
 * API's asks for an API client ({@link ApiSecurityConfiguration}), the sandbox's is open (it stands
 * in for the bureaus' own systems). Keeping them out of the session chain also keeps session,
 * request-cache and CSRF work off every job activation and completion.
 */
@Configuration(proxyBeanMethods = false)
@Import({SignInThrottle.class, IdentityConfiguration.class, ApiSecurityConfiguration.class})
public class SecurityConfiguration {

  static final String LOGIN_PAGE = "/login";
  static final String ACCESS_DENIED_PAGE = "/access-denied";

  /** Content-Security-Policy of the staff pages: every asset comes from the app itself. */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final RequestMatcher SANDBOX = path("/sandbox/**");

  @Bean
  public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  public SecurityFilterChain sandboxFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher(SANDBOX)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /**
   * Staff pages. Sign-in by form (demo users, LDAP when configured) and by OpenID Connect when
   * client registrations are configured; a throttle in front of the form; sessions time out ({@code
   * server.servlet.session.timeout}) and a page asked for with an expired session goes to the login
   * page, which says so; CSRF tokens on every form (Spring Security's default).
   */
  @Bean
  @Order(2)
  public SecurityFilterChain webSecurityFilterChain(
      HttpSecurity http,
      SignInThrottle throttle,
      IdentityProperties identity,
      ObjectProvider<ClientRegistrationRepository> oidcClients,
      ObjectProvider<LdapAuthenticationProvider> ldap)
      throws Exception {
    ldap.ifAvailable(http::authenticationProvider);
    if (oidcClients.getIfAvailable() != null) {
      http.oauth2Login(
          oidc ->
              oidc.loginPage(LOGIN_PAGE)
                  .defaultSuccessUrl("/tasks")
                  .failureHandler(new LoginFailureHandler(LOGIN_PAGE + "?error", null))
                  .userInfoEndpoint(
                      userInfo -> userInfo.oidcUserService(new OidcStaffUserService(identity))));
    }
    http.addFilterBefore(
        new SignInThrottleFilter(throttle, LOGIN_PAGE), UsernamePasswordAuthenticationFilter.class);

    http.authorizeHttpRequests(
            requests ->
                requests
                    // error pages and the forward to the 403 page render for anyone
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        path("/actuator/health"),
                        path("/actuator/health/**"),
                        path("/css/**"),
                        path("/js/**"),
                        path("/dist/**"),
                        path("/images/**"),
                        path("/favicon.ico"),
                        path("/favicon.svg"),
                        path(LOGIN_PAGE),
                        path(ACCESS_DENIED_PAGE),
                        path("/error"))
                    .permitAll()
                    // the modeler: everyone signed in may look; only policy owners change
                    // drafts and deploy (the controllers check again)
                    .requestMatchers(path(HttpMethod.POST, "/modeler/**"))
                    .hasAuthority(Role.POLICY_OWNER.authority())
                    // monitoring: supervisors and the lead office; which cases each sees is
                    // decided per request (org.tongxing.app.monitoring.CaseScope)
                    .requestMatchers(path("/monitoring"), path("/monitoring/**"))
                    .hasAnyAuthority(Role.SUPERVISOR.authority(), Role.LEAD_OFFICE.authority())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            login ->
                login
                    .loginPage(LOGIN_PAGE)
                    .defaultSuccessUrl("/tasks")
                    .failureHandler(new LoginFailureHandler(LOGIN_PAGE + "?error", throttle))
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .accessDeniedHandler(new AccessDeniedPageHandler(ACCESS_DENIED_PAGE))
                    .authenticationEntryPoint(new ExpiredSessionEntryPoint(LOGIN_PAGE)))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
