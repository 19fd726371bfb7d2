package org.tongxing.engine.log;

/** The log could not be written or read. */
public final class LogStoreException extends RuntimeException {

  public LogStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
