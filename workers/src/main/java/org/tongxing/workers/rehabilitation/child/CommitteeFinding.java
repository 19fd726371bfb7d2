package org.tongxing.workers.rehabilitation.child;

import java.util.Comparator;
import java.util.List;
import org.tongxing.workers.bureau.education.SpecialEducationFinding;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * What the county special-education committee found about the child (process variable {@code
 * committeeFinding}), the first condition of item 6.3's age extension.
 *
 * @param unfitForCompulsoryEducation whether the latest finding is 不具备义务教育入学条件
 * @param reason why the finding does not support the extension, in Chinese; {@code null} when it
 *     does
 */
public record CommitteeFinding(
    boolean found,
    boolean unfitForCompulsoryEducation,
    String findingNumber,
    String committee,
    String county,
    String assessedOn,
    String conclusionName,
    String recommendation,
    String reason) {

  static final String REASON_NONE = "未经县（市、区）特殊儿童教育专业委员会鉴定";
  static final String REASON_FIT = "鉴定结论为具备义务教育入学条件";

  /** The latest finding decides: a child can be assessed again as it develops. */
  static CommitteeFinding of(List<SpecialEducationFinding> findings) {
    return findings.stream()
        .max(Comparator.comparing(SpecialEducationFinding::assessedOn))
        .map(
            latest -> {
              boolean unfit = SpecialEducationFinding.UNFIT.equals(latest.conclusion());
              return new CommitteeFinding(
                  true,
                  unfit,
                  latest.findingNumber(),
                  latest.committee(),
                  latest.county(),
                  IsoDates.format(latest.assessedOn()),
                  latest.conclusionName(),
                  latest.recommendation(),
                  unfit ? null : REASON_FIT);
            })
        .orElseGet(
            () ->
                new CommitteeFinding(
                    false, false, null, null, null, null, null, null, REASON_NONE));
  }
}
