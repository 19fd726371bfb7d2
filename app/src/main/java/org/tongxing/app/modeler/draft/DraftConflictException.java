package org.tongxing.app.modeler.draft;

/**
 * A save or restore on top of a version that is no longer the latest: someone saved in between.
 * Nothing was saved; the page shows who saved what.
 */
public class DraftConflictException extends RuntimeException {

  private final DraftVersion latest;

  public DraftConflictException(long draftId, int expected, DraftVersion latest) {
    super(
        "Expected to save draft "
            + draftId
            + " on version "
            + expected
            + ", but version "
            + latest.number()
            + " by "
            + latest.author().username()
            + " is the latest now");
    this.latest = latest;
  }

  public DraftVersion latest() {
    return latest;
  }
}
