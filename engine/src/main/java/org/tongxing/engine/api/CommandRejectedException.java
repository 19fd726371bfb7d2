package org.tongxing.engine.api;

/** The engine refused a command; none of its effects were applied. */
public final class CommandRejectedException extends RuntimeException {

  private final RejectionType type;

  public CommandRejectedException(RejectionType type, String message) {
    super(message);
    this.type = type;
  }

  public RejectionType type() {
    return type;
  }
}
