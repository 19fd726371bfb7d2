package org.tongxing.workers.identifiers;

import java.util.Arrays;
import java.util.Optional;

/**
 * Wenzhou's twelve county-level divisions: the id the forms and the monitoring pages use ({@code
 * lucheng}, messages {@code county.<id>}) and the code of GB/T 2260 that bureau systems use.
 */
public enum WenzhouCounty {
  LUCHENG("lucheng", "330302"),
  LONGWAN("longwan", "330303"),
  OUHAI("ouhai", "330304"),
  DONGTOU("dongtou", "330305"),
  RUIAN("ruian", "330381"),
  YUEQING("yueqing", "330382"),
  LONGGANG("longgang", "330383"),
  YONGJIA("yongjia", "330324"),
  PINGYANG("pingyang", "330326"),
  CANGNAN("cangnan", "330327"),
  WENCHENG("wencheng", "330328"),
  TAISHUN("taishun", "330329");

  private final String id;
  private final String regionCode;

  WenzhouCounty(String id, String regionCode) {
    this.id = id;
    this.regionCode = regionCode;
  }

  public String id() {
    return id;
  }

  public String regionCode() {
    return regionCode;
  }

  /**
   * The id of the county with the GB/T 2260 code ({@code 330302} is {@code lucheng}).
   *
   * @return empty for a code outside Wenzhou, or none
   */
  public static Optional<String> idOf(String regionCode) {
    return Arrays.stream(values())
        .filter(value -> value.regionCode.equals(regionCode))
        .map(WenzhouCounty::id)
        .findFirst();
  }

  /**
   * The GB/T 2260 code of a county given by its id ({@code lucheng}) or by its code already.
   *
   * @return empty if it is neither one of Wenzhou's counties nor a six-digit code
   */
  public static Optional<String> regionCodeOf(String county) {
    if (county == null || county.isBlank()) {
      return Optional.empty();
    }
    String given = county.strip();
    if (given.matches("\\d{6}")) {
      return Optional.of(given);
    }
    return Arrays.stream(values())
        .filter(value -> value.id.equals(given))
        .map(WenzhouCounty::regionCode)
        .findFirst();
  }
}
