package org.tongxing.app.security.api;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** HTTP Basic credentials of a request to {@code /v2}, checked against the API clients. */
final class ApiClientAuthenticationProvider implements AuthenticationProvider {

  static final String API_CLIENT = "ROLE_API_CLIENT";

  private final ApiClients clients;

  ApiClientAuthenticationProvider(ApiClients clients) {
    this.clients = clients;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String secret = String.valueOf(authentication.getCredentials());
    return clients
        .authenticate(username, secret)
        .map(
            client ->
                UsernamePasswordAuthenticationToken.authenticated(
                    client, null, List.of(new SimpleGrantedAuthority(API_CLIENT))))
        .orElseThrow(
            () ->
                new BadCredentialsException(
                    "Expected the user name and secret of an"
                        + " API client (tongxing.api.clients), but '"
                        + username
                        + "' is not one or its secret is wrong"));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
