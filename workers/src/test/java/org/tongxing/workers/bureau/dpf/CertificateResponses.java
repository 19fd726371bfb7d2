package org.tongxing.workers.bureau.dpf;

/** Answers of the DPF certificate system as the bureau sandbox gives them, for tests. */
public final class CertificateResponses {

  private CertificateResponses() {}

  public static String certificate(
      String number, String holderName, String category, int level, String status) {
    return """
    {"certificateNumber": "%s", "holderName": "%s", "idNumber": "%s********%s",
     "disabilityCategory": "%s", "disabilityCategoryName": "%s", "disabilityLevel": %d,
     "disabilityLevelName": "二级", "issuedOn": "2019-06-12", "validUntil": "2029-06-11",
     "status": "%s", "issuingAuthority": "温州市鹿城区残疾人联合会"}
    """
        .formatted(
            number,
            holderName,
            number.substring(0, 6),
            number.substring(14, 18),
            category,
            "physical".equals(category) ? "肢体残疾" : "听力残疾",
            level,
            status);
  }

  public static String certificateNotFound(String number) {
    return """
    {"type": "urn:tongxing:problem:certificate-not-found", "title": "查无此证",
     "status": 404, "detail": "Expected a disability certificate with number '%s', but the DPF has none"}
    """
        .formatted(number);
  }
}
