package org.tongxing.sandbox;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A simulated system has no record for the key asked: answered as 404 problem JSON whose {@code
 * type} tells the client which record is missing, so that a wrong base URL (a 404 without that
 * type) is never taken for "no such record".
 */
public class RecordNotFoundException extends SandboxProblemException {

  /**
   * @param type the problem type, one of {@link SandboxProblems}
   * @param title short and in Chinese first, for example {@code 查无户籍 (household registration not
   *     found)}
   * @param detail "Expected ..., but ..." with the key asked
   */
  public RecordNotFoundException(URI type, String title, String detail) {
    super(HttpStatus.NOT_FOUND, type, title, detail, Map.of());
  }
}
