package org.tongxing.sandbox.dpf.institutions;

import java.util.EnumSet;
import java.util.Set;

/**
 * The decisions of item 5.1's mechanism (定点准入、协议管理、动态退出) that change the registry, with the states
 * each may be taken in.
 */
public enum DesignationDecisionKind {
  /** 定点准入: a new designation, or again after an exit. */
  ADMIT("定点准入", EnumSet.of(DesignationStatus.EXITED), DesignationStatus.DESIGNATED),
  /** 年度考核合格，续签协议: the agreement runs on; the status does not change. */
  RENEW("年度考核合格，续签协议", EnumSet.of(DesignationStatus.DESIGNATED, DesignationStatus.SUSPENDED), null),
  /** 暂停定点. */
  SUSPEND("暂停定点", EnumSet.of(DesignationStatus.DESIGNATED), DesignationStatus.SUSPENDED),
  /** 恢复定点 after rectification. */
  READMIT("恢复定点", EnumSet.of(DesignationStatus.SUSPENDED), DesignationStatus.DESIGNATED),
  /** 动态退出. */
  EXIT(
      "动态退出",
      EnumSet.of(DesignationStatus.DESIGNATED, DesignationStatus.SUSPENDED),
      DesignationStatus.EXITED);

  private final String chineseName;
  private final Set<DesignationStatus> allowedFrom;
  private final DesignationStatus resultingStatus;

  DesignationDecisionKind(
      String chineseName, Set<DesignationStatus> allowedFrom, DesignationStatus resultingStatus) {
    this.chineseName = chineseName;
    this.allowedFrom = allowedFrom;
    this.resultingStatus = resultingStatus;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The states of an institution already on file in which this decision may be taken. */
  public Set<DesignationStatus> allowedFrom() {
    return allowedFrom;
  }

  /** The status after the decision; {@code null} keeps the current one. */
  public DesignationStatus resultingStatus() {
    return resultingStatus;
  }
}
