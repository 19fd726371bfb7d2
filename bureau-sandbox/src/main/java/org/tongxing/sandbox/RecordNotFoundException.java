package org.tongxing.sandbox;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A simulated system has no record under the requested key: 404 problem JSON of the given type, so
 * that clients can tell "no such record" from a wrong URL.
 */
public class RecordNotFoundException extends SandboxProblemException {

  /**
   * @param type one of the types of {@link SandboxProblems}
   * @param title a short Chinese title with its English gloss, for example {@code 查无此机构
   *     (institution not found)}
   * @param detail "Expected …, but …" naming the key
   */
  public RecordNotFoundException(URI type, String title, String detail) {
    super(HttpStatus.NOT_FOUND, type, title, detail, Map.of());
  }
}
