package org.tongxing.app.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The policy text that the app ships ({@code policy/implementation-opinions.zh.txt}, the Chinese
 * original), parsed once: which clauses exist and what they say.
 */
@Component
public class PolicyClauses {

  static final String RESOURCE = "policy/implementation-opinions.zh.txt";

  private final PolicyText text;

  public PolicyClauses() {
    this(read(RESOURCE));
  }

  PolicyClauses(String original) {
    this.text = PolicyTextParser.parse(original);
  }

  public PolicyText text() {
    return text;
  }

  static String read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected the policy text at classpath:" + resource, e);
    }
  }
}
