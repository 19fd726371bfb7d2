package org.tongxing.engine.state.immutable;

import org.tongxing.engine.record.UserTaskRecord;

/** Read access to open user tasks. */
public interface UserTaskState {

  /** The open user task, or null when it does not exist or is not open any more. */
  UserTaskRecord get(long userTaskKey);
}
