package org.tongxing.sandbox.publicsecurity;

/** Status of a household registration. */
public enum HouseholdStatus {
  ACTIVE,
  /** 注销: the person moved abroad or died; the registration no longer counts. */
  CANCELLED
}
