package org.tongxing.sandbox.education;

/**
 * A student's enrolment (学籍) for one school year, as the education bureau (教育局) records it and as
 * {@code GET /sandbox/education/enrolments?idNumber=&schoolYear=} answers it.
 *
 * @param schoolYear for example {@code 2025-2026}
 * @param level {@code primary}, {@code junior-high}, {@code senior-high} (普通高中), {@code
 *     secondary-vocational} (中等职业学校), {@code junior-college} (大专 / 高职), {@code bachelor}, {@code
 *     master} or {@code doctor}
 * @param levelName the level in Chinese, for example 本科
 * @param grade for example 大学三年级
 * @param status {@code enrolled} (在读), {@code suspended} (休学), {@code withdrawn} (退学) or {@code
 *     graduated} (毕业)
 */
public record Enrolment(
    String idNumber,
    String name,
    String schoolYear,
    String schoolName,
    String schoolCode,
    String level,
    String levelName,
    String grade,
    String status,
    String statusName) {}
