package org.tongxing.sandbox;

import java.net.URI;

/**
 * A simulated system has no record under the requested key; answered as 404 problem JSON of the
 * given type, so that clients can tell "no such record" from a wrong URL.
 */
public class RecordNotFoundException extends RuntimeException {

  private final URI type;
  private final String title;

  /**
   * @param type one of the types of {@link SandboxProblems}
   * @param title a short Chinese title with its English gloss, for example {@code 查无此机构 (institution
   *     not found)}
   * @param detail "Expected …, but …" naming the key
   */
  public RecordNotFoundException(URI type, String title, String detail) {
    super(detail);
    this.type = type;
    this.title = title;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }
}
