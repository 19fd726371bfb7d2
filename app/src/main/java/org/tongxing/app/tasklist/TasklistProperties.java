package org.tongxing.app.tasklist;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tasklist pages ({@code tongxing.tasklist}).
 *
 * @param searchLimit the most items one look-up fetches (a case's tasks, its variables)
 * @param timeZone the zone in which dates are shown and date filters are read
 * @param variableDisplayLimit longer variable values are not shown, only their size
 * @param pageSize tasks per queue page
 * @param maxOffset the deepest a queue pages; beyond, the page asks for a narrower filter
 * @param dueSoon how far ahead "due soon" looks
 * @param caseFields the process variables that identify a case in lists and filters
 * @param counties the county codes the county filter offers (names in the message bundles, {@code
 *     county.<code>})
 */
@ConfigurationProperties("tongxing.tasklist")
public record TasklistProperties(
    @DefaultValue("200") int searchLimit,
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue("2000") int variableDisplayLimit,
    @DefaultValue("50") int pageSize,
    @DefaultValue("2000") int maxOffset,
    @DefaultValue("P3D") Duration dueSoon,
    @DefaultValue CaseFields caseFields,
    @DefaultValue({
          "lucheng",
          "longwan",
          "ouhai",
          "dongtou",
          "yueqing",
          "ruian",
          "longgang",
          "yongjia",
          "pingyang",
          "cangnan",
          "wencheng",
          "taishun"
        })
        List<String> counties) {

  @ConstructorBinding
  public TasklistProperties {
    counties = List.copyOf(counties);
  }

  /** The defaults, with the first three settings given. */
  public TasklistProperties(int searchLimit, ZoneId timeZone, int variableDisplayLimit) {
    this(
        searchLimit,
        timeZone,
        variableDisplayLimit,
        50,
        2000,
        Duration.ofDays(3),
        CaseFields.DEFAULT,
        List.of(
            "lucheng",
            "longwan",
            "ouhai",
            "dongtou",
            "yueqing",
            "ruian",
            "longgang",
            "yongjia",
            "pingyang",
            "cangnan",
            "wencheng",
            "taishun"));
  }

  /**
   * Names of top-level process variables: the policy paths set them at the start of a case.
   *
   * @param caseId the business id (e.g. {@code JY-2026-0001})
   * @param applicant the applicant's name (a person or an employer); filter by part of it
   * @param county the county code (e.g. {@code lucheng}); filter by equality
   */
  public record CaseFields(
      @DefaultValue("applicationId") String caseId,
      @DefaultValue("applicantName") String applicant,
      @DefaultValue("county") String county) {

    public static final CaseFields DEFAULT =
        new CaseFields("applicationId", "applicantName", "county");

    public List<String> names() {
      return List.of(caseId, applicant, county);
    }
  }
}
