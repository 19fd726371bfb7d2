package org.tongxing.sandbox;

/**
 * The sandbox's well-known records that tests rely on, as listed in {@code
 * bureau-sandbox/README.md}: one place, so that a change of the data shows which tests it touches.
 */
public final class WellKnownRecords {

  /** 温州同行制衣有限公司, 鹿城区: an enterprise, 120 employees in 2025. */
  public static final String GARMENTS = "91330302MA2AP0BX6T";

  /** 温州瓯江福利包装有限公司, 瓯海区: concentrated employment, 20 employees in 2025. */
  public static final String PACKAGING = "91330304MA2C7K4Q21";

  /** 泰顺同行竹木制品有限公司, 泰顺县: minimum wage tier 3. */
  public static final String BAMBOO = "91330329MA2H3N8D27";

  /** 温州旧城贸易有限公司: deregistered 2025-06-30. */
  public static final String DEREGISTERED = "91330302MA29QW1E9B";

  /** 鹿城区同行小吃店: an individual business, no legal-person status. */
  public static final String SNACK_BAR = "92330302MA2D5R7J3D";

  /** 温州同行印刷有限公司, 鹿城区. */
  public static final String PRINTING = "91330302MA2B8T6L36";

  /** 温州市鹿城区同心局: a government organ (编办). */
  public static final String ORGAN = "11330302002607156L";

  /** 温州市同心职业技能培训中心: a fully state-funded public institution. */
  public static final String FULLY_FUNDED_INSTITUTION = "12330300470218362Q";

  /** 温州市同心康复医院: a partly state-funded public institution. */
  public static final String PARTLY_FUNDED_INSTITUTION = "12330300470192545B";

  /** 温州市鹿城区同心助残服务中心: a social organisation (民办非企业单位). */
  public static final String SOCIAL_ORGANISATION = "52330302MJ8765437T";

  /** 陈建国, 鹿城区 household, valid certificate. */
  public static final String CHEN_JIANGUO = "330302197804152112";

  /** 刘强, household in 成都市武侯区 (policy item 1.7). */
  public static final String LIU_QIANG = "510107198703104516";

  /** 孙德胜: household registration cancelled 2025-11-20. */
  public static final String SUN_DESHENG = "330327197105059119";

  /** 陈丽娟: insured by {@link #PACKAGING} from May 2025 only. */
  public static final String CHEN_LIJUAN = "330303198505166427";

  /** 陈思远: disabled student, 低保 household, bachelor; granted for 2024-2025 already. */
  public static final String CHEN_SIYUAN = "330302200503120015";

  /** 王思琪: daughter of 王海涛 (visual disability), 低保边缘 household, junior college. */
  public static final String WANG_SIQI = "330303200704180029";

  /** 朱一凡: son of 朱小红 (physical disability); the household left 低保 at the end of 2023. */
  public static final String ZHU_YIFAN = "330304200909090031";

  /** A well-formed ID number that no bureau has on file. */
  public static final String NOBODY = "330302198001010019";

  private WellKnownRecords() {}
}
