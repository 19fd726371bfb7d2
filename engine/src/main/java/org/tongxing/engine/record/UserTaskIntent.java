package org.tongxing.engine.record;

import java.util.Optional;

/**
 * A user task's lifecycle. Without task listeners a change is one event (CREATED, ASSIGNED,
 * UPDATED, COMPLETED, CANCELED). With listeners of its kind it is a transition: it starts with
 * CREATING, ASSIGNING, UPDATING, COMPLETING or CANCELING, whose record carries the task as it will
 * be (the requested change); listeners' corrections follow as CORRECTED; it ends with the change's
 * event, or with a *_DENIED event that leaves the task as it was.
 */
public enum UserTaskIntent implements Intent {
  CREATED("CREATED", true),
  ASSIGNED("CREATED", true),
  UPDATED("CREATED", true),
  COMPLETED("COMPLETED", true),
  CANCELED("CANCELED", true),
  CREATING("CREATING", true),
  ASSIGNING("ASSIGNING", false),
  UPDATING("UPDATING", false),
  COMPLETING("COMPLETING", false),
  CANCELING("CANCELING", false),
  CORRECTED(null, false),
  ASSIGNMENT_DENIED("CREATED", true),
  UPDATE_DENIED("CREATED", true),
  COMPLETION_DENIED("CREATED", true);

  private final String lifecycleState;
  private final boolean carriesTaskAsItIs;

  UserTaskIntent(String lifecycleState, boolean carriesTaskAsItIs) {
    this.lifecycleState = lifecycleState;
    this.carriesTaskAsItIs = carriesTaskAsItIs;
  }

  @Override
  public ValueType valueType() {
    return ValueType.USER_TASK;
  }

  /**
   * The task's state after this event, as the search API names it (CREATING, CREATED, ASSIGNING,
   * ..., COMPLETED, CANCELED); empty when the event leaves it as it was.
   */
  public Optional<String> lifecycleState() {
    return Optional.ofNullable(lifecycleState);
  }

  /**
   * Does the record hold the task's attributes as they now are? The events that start or correct a
   * transition hold what is requested, which applies only once the transition ends.
   */
  public boolean carriesTaskAsItIs() {
    return carriesTaskAsItIs;
  }
}
