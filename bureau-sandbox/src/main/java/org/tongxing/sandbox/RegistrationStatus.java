package org.tongxing.sandbox;

/** Status of an organisation in its registry. */
public enum RegistrationStatus {
  /** 存续 / 在业: registered and operating. */
  ACTIVE,
  /** 注销 / 撤销: closed down by the organisation or its authority. */
  DEREGISTERED,
  /** 吊销: the registration was withdrawn as a sanction. */
  REVOKED
}
