package org.tongxing.app.security.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The engine's REST API ({@code /v2}) answers only API clients, by HTTP Basic: the app's own client
 * and those of {@code tongxing.api.clients}. Stateless, no CSRF (programs send no cookies), first
 * in line so that no session work touches a job activation. With {@code
 * tongxing.api.authentication=none} it is open, for a machine no one else reaches; on the camunda8
 * runtime the app serves no {@code /v2} (the cluster guards its own).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiSecurityConfiguration {

  static final String APP_CLIENT_SETTING = "camunda.client.auth";

  @Bean
  public ApiClients apiClients(ApiProperties api, Environment environment) {
    Map<String, ApiProperties.Client> clients = new LinkedHashMap<>();
    if (api.authentication() == ApiProperties.Authentication.BASIC && embedded(environment)) {
      String method = environment.getProperty(APP_CLIENT_SETTING + ".method", "none");
      if (!method.equalsIgnoreCase("basic")) {
        throw new IllegalStateException(
            "Expected "
                + APP_CLIENT_SETTING
                + ".method basic for"
                + " the app's own client while tongxing.api.authentication is basic, but it is "
                + method);
      }
      clients.put(
          APP_CLIENT_SETTING,
          new ApiProperties.Client(
              environment.getProperty(APP_CLIENT_SETTING + ".username"),
              environment.getProperty(APP_CLIENT_SETTING + ".password")));
    }
    List<ApiProperties.Client> configured = api.clients();
    for (int i = 0; i < configured.size(); i++) {
      clients.put("tongxing.api.clients[" + i + "]", configured.get(i));
    }
    return ApiClients.of(clients);
  }

  @Bean
  @Order(0)
  public SecurityFilterChain apiFilterChain(
      HttpSecurity http, ApiProperties api, ApiClients clients, Environment environment)
      throws Exception {
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/v2/**"))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    if (api.authentication() == ApiProperties.Authentication.NONE || !embedded(environment)) {
      // open, or (camunda8 runtime) not served here at all: the cluster guards its own API
      http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
      return http.build();
    }
    ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
    http.authenticationManager(new ProviderManager(new ApiClientAuthenticationProvider(clients)))
        .authorizeHttpRequests(
            requests ->
                requests.anyRequest().hasAuthority(ApiClientAuthenticationProvider.API_CLIENT))
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint));
    return http.build();
  }

  private static boolean embedded(Environment environment) {
    return environment.getProperty("tongxing.runtime", "embedded").equals("embedded");
  }
}
