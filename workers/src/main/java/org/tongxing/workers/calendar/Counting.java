package org.tongxing.workers.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a period counts its days: every day, or working days only. */
public enum Counting {
  /**
   * Every day counts (日): the 信访工作条例's 15, 60 and 30 days. The last day is moved past days off (民法典
   * 第二百零三条).
   */
  CALENDAR_DAYS("calendar-days", "日"),
  /** Only working days count (工作日): weekends and public holidays do not, 调休 Saturdays do. */
  WORKING_DAYS("working-days", "个工作日");

  private final String code;
  private final String chineseUnit;

  Counting(String code, String chineseUnit) {
    this.code = code;
    this.chineseUnit = chineseUnit;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The unit after the number, as the regulation writes it: 15日, 5个工作日. */
  public String chineseUnit() {
    return chineseUnit;
  }

  /**
   * @throws IllegalArgumentException naming the codes there are
   */
  @JsonCreator
  public static Counting fromCode(String code) {
    return Arrays.stream(values())
        .filter(counting -> counting.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Expected counting to be one of %s, but was '%s'"
                        .formatted(Arrays.stream(values()).map(Counting::code).toList(), code)));
  }
}
