package org.tongxing.sandbox.dpf.institutions;

/** Where a designated rehabilitation institution stands in the scheme (item 5.1). */
public enum DesignationStatus {
  /** 定点中: admitted and in good standing; its children's training is subsidised (item 6.2). */
  DESIGNATED("定点中"),
  /** 暂停定点: suspended pending rectification; no new subsidised training. */
  SUSPENDED("暂停定点"),
  /** 已退出: left the scheme (动态退出), by decision or by its own withdrawal. */
  EXITED("已退出");

  private final String chineseName;

  DesignationStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /**
   * @throws IllegalArgumentException naming the allowed values
   */
  public static DesignationStatus fromName(String name) {
    for (DesignationStatus status : values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "Expected status DESIGNATED, SUSPENDED or EXITED, but was '%s'".formatted(name));
  }
}
