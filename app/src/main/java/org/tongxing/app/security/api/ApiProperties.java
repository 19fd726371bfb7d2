package org.tongxing.app.security.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the engine's REST API ({@code /v2}) of the embedded runtime ({@code tongxing.api}):
 * programs, each an API client with a user name and a secret sent by HTTP Basic, as a Camunda 8
 * cluster with basic authentication takes them. The app's own client ({@code camunda.client.auth},
 * method basic) is always one of them.
 *
 * @param authentication {@code basic} (the default) or {@code none}, which leaves the API open to
 *     anyone who reaches the port, as Camunda 8 Run's "unprotected API" does
 * @param clients further programs: job workers in other processes, an integration
 */
@ConfigurationProperties("tongxing.api")
public record ApiProperties(
    @DefaultValue("basic") Authentication authentication, @DefaultValue List<Client> clients) {

  /** How a request to {@code /v2} proves who sent it. */
  public enum Authentication {
    BASIC,
    NONE
  }

  /** One program allowed to call the API; the secret comes from the environment. */
  public record Client(String username, String password) {}
}
