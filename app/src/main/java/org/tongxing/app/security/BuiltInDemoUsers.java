package org.tongxing.app.security;

import java.util.Arrays;
import java.util.List;
import org.tongxing.app.security.DemoUsersProperties.DemoUser;

/**
 * One demo account per department of the policy, two for the lead office ({@code dpf}) so that
 * claiming can be tried by two people; supervisors of the lead office and of two departments; a
 * policy owner. All share the password {@code demo}.
 */
final class BuiltInDemoUsers {

  static final String PASSWORD = "demo";

  static final List<DemoUser> ALL =
      List.of(
          user("dpf-zhang", "张敏", "dpf"),
          user("dpf-li", "李强", "dpf"),
          user("hrss-wang", "王芳", "hrss"),
          user("civil-zhao", "赵磊", "civil-affairs"),
          user("finance-chen", "陈静", "finance"),
          user("health-liu", "刘洋", "health"),
          user("education-sun", "孙丽", "education"),
          user("market-zhou", "周婷", "market-regulation"),
          user("tax-wu", "吴刚", "tax"),
          user("petitions-zheng", "郑华", "petitions"),
          user("justice-feng", "冯军", "justice"),
          user("county-lucheng", "林晓", "county-lucheng"),
          user(
              "dpf-director",
              "王建华",
              "dpf",
              Role.SUPERVISOR,
              Role.LEAD_OFFICE,
              Role.IDENTITY_VIEWER),
          user("hrss-chief", "钱丽", "hrss", Role.SUPERVISOR),
          user("petitions-chief", "孙伟", "petitions", Role.SUPERVISOR),
          user("dpf-policy", "何静", "dpf", Role.POLICY_OWNER));

  private BuiltInDemoUsers() {}

  private static DemoUser user(String username, String displayName, String group, Role... roles) {
    return new DemoUser(
        username,
        displayName,
        PASSWORD,
        List.of(group),
        Arrays.stream(roles).map(Role::name).toList());
  }
}
