package org.tongxing.search.elasticsearch;

/** The search backend could not answer: Elasticsearch is unreachable or failed. */
public final class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
