package org.tongxing.search.query;

/** A search names a field that cannot be filtered or sorted, or a value of the wrong type. */
public final class InvalidQueryException extends RuntimeException {

  private final String field;

  public InvalidQueryException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
