package org.tongxing.app.security.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API clients and their secrets, held as SHA-256 digests and compared in constant time. A
 * machine secret is long and random, so a digest is enough, and a request costs microseconds
 * instead of the tens of milliseconds of a password hash: the job API answers thousands of requests
 * a second.
 */
public final class ApiClients {

  private final Map<String, byte[]> digests;

  private ApiClients(Map<String, byte[]> digests) {
    this.digests = digests;
  }

  /**
   * The clients of the configuration; refuses an empty user name or secret, or a user name given
   * twice, naming the setting.
   */
  public static ApiClients of(Map<String, ApiProperties.Client> clientsBySetting) {
    Map<String, byte[]> digests = new LinkedHashMap<>();
    clientsBySetting.forEach(
        (setting, client) -> {
          if (client.username() == null || client.username().isBlank()) {
            throw new IllegalStateException(
                "Expected a user name for the API client " + setting + ", but it is empty");
          }
          if (client.password() == null || client.password().isBlank()) {
            throw new IllegalStateException(
                "Expected a secret for the API client '"
                    + client.username()
                    + "' ("
                    + setting
                    + "), but it is empty");
          }
          if (digests.putIfAbsent(client.username(), digest(client.password())) != null) {
            throw new IllegalStateException(
                "Expected each API client once, but '"
                    + client.username()
                    + "' is given again by "
                    + setting);
          }
        });
    return new ApiClients(Map.copyOf(digests));
  }

  /** The client of this user name, if the secret is its own. */
  public Optional<String> authenticate(String username, String password) {
    byte[] expected = digests.get(username);
    byte[] given = digest(password == null ? "" : password);
    // compare even for an unknown user name, so that timing tells nothing about which exist
    boolean matches =
        MessageDigest.isEqual(expected == null ? new byte[given.length] : expected, given);
    return matches && expected != null ? Optional.of(username) : Optional.empty();
  }

  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
