package org.tongxing.sandbox.health;

/** Registration status of a legal person. */
public enum LegalPersonStatus {
  /** 存续: registered and operating. */
  ACTIVE("存续"),
  /** 注销: deregistered by the legal person. */
  DEREGISTERED("注销"),
  /** 吊销: registration revoked by the authority. */
  REVOKED("吊销");

  private final String chineseName;

  LegalPersonStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
