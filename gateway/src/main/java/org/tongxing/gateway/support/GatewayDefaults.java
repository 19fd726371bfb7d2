package org.tongxing.gateway.support;

/** Values the Camunda 8 API always carries that the embedded runtime has one of. */
public final class GatewayDefaults {

  /** The tenant of everything on the embedded runtime (multi-tenancy is off). */
  public static final String TENANT = "<default>";

  /** The Camunda API version the gateway speaks. */
  public static final String API_VERSION = "8.8.14";

  private GatewayDefaults() {}
}
