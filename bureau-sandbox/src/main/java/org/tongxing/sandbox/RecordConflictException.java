package org.tongxing.sandbox;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A write that a simulated system refuses because another record holds the key: answered as 409
 * problem JSON with the holder's data as extra members (for example {@code caseId}).
 */
public class RecordConflictException extends SandboxProblemException {

  public RecordConflictException(
      URI type, String title, String detail, Map<String, Object> properties) {
    super(HttpStatus.CONFLICT, type, title, detail, properties);
  }
}
