package org.tongxing.app.paths;

import java.util.HashMap;
import java.util.Map;

/** The petition the path tests start unless they say otherwise. */
final class PetitionCases {

  static final String PETITION_HANDLING = "petition-handling";

  private PetitionCases() {}

  /** A petition from 陈建国 of 鹿城区, received by the Petitions Bureau, with these changes. */
  static Map<String, Object> petition(Map<String, Object> changes) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        "petitioner",
        Map.of(
            "name", "陈建国",
            "idNumber", "330302197804152112",
            "mobile", "13805770001",
            "address", "温州市鹿城区五马街道解放街12号",
            "certificateNumber", "33030219780415211242",
            "county", "lucheng"));
    variables.put("noticeChannel", "sms");
    variables.put("petitionChannel", "visit");
    variables.put("receivedBy", "petitions");
    variables.put("petitionSummary", "残疾人就业补贴未按时发放");
    variables.put("petitionContent", "本人所在单位已于2025年申请按比例就业补贴，至今未收到补贴，多次询问无果，请求依法处理。");
    variables.putAll(changes);
    return variables;
  }
}
