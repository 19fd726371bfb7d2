package org.tongxing.workers.lowincome;

/**
 * The student's low-income status (process variable {@code lowIncomeCheck}): policy item 7.6 pays
 * the higher grants to 低保 and 低保边缘 students and to children of disabled families among them, item
 * 7.7 the lower ones to other disabled students.
 *
 * @param status {@code subsistence} (低保), {@code marginal} (低保边缘) or {@code none}
 * @param lowIncome whether the status is 低保 or 低保边缘
 * @param guardianInHousehold whether the declared parent is a member of the same low-income
 *     household: a "残疾人家庭" is the household the disabled parent and the student share
 * @param reason a remark for the reviewer in Chinese, or {@code null}
 */
public record LowIncomeCheck(
    String status,
    String statusName,
    boolean lowIncome,
    String householdId,
    String regionCode,
    boolean guardianInHousehold,
    String reason) {}
