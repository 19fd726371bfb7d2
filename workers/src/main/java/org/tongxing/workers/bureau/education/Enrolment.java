package org.tongxing.workers.bureau.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A student's enrolment for a school year, as the education bureau answers it.
 *
 * @param level {@code primary}, {@code junior-high}, {@code senior-high}, {@code
 *     secondary-vocational}, {@code junior-college}, {@code bachelor}, {@code master} or {@code
 *     doctor}
 * @param status {@value #ENROLLED}, {@code suspended}, {@code withdrawn} or {@code graduated}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Enrolment(
    String idNumber,
    String name,
    String schoolYear,
    String schoolName,
    String level,
    String levelName,
    String grade,
    String status,
    String statusName) {

  public static final String ENROLLED = "enrolled";
}
