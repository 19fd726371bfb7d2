package org.tongxing.sandbox;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A change that the record's current state does not allow (for example suspending an institution
 * that has left the scheme): 409 problem JSON of type {@link SandboxProblems#RECORD_CONFLICT}.
 */
public class RecordConflictException extends SandboxProblemException {

  public RecordConflictException(String message) {
    super(
        HttpStatus.CONFLICT,
        SandboxProblems.RECORD_CONFLICT,
        "Change not allowed in the record's current state",
        message,
        Map.of());
  }
}
