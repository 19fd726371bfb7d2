package org.tongxing.gateway.support;

/** The engine did not answer within the request's timeout (504). */
public final class GatewayTimeoutException extends RuntimeException {

  public GatewayTimeoutException(String message) {
    super(message);
  }
}
