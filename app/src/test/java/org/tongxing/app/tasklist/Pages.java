package org.tongxing.app.tasklist;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongxing.app.security.GroupAuthorities;

/** Helpers for reading rendered pages and acting as demo staff. */
public final class Pages {

  private Pages() {}

  public static Document parse(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  /** A signed-in member of staff with the given candidate groups. */
  public static RequestPostProcessor staff(String username, String... groups) {
    return SecurityMockMvcRequestPostProcessors.user(username)
        .authorities(GroupAuthorities.authoritiesOf(List.of(groups)));
  }
}
