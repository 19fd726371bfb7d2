package org.tongxing.sandbox;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A write that a simulated system refuses: 409 problem JSON. Either the record's current state does
 * not allow the change (for example suspending an institution that has left the scheme), or another
 * record holds the key (then the holder's data comes as extra members, e.g. {@code caseId}).
 */
public class RecordConflictException extends SandboxProblemException {

  /** The record's state does not allow the change: type {@link SandboxProblems#RECORD_CONFLICT}. */
  public RecordConflictException(String message) {
    this(
        SandboxProblems.RECORD_CONFLICT,
        "Change not allowed in the record's current state",
        message,
        Map.of());
  }

  public RecordConflictException(
      URI type, String title, String detail, Map<String, Object> properties) {
    super(HttpStatus.CONFLICT, type, title, detail, properties);
  }
}
