package org.tongxing.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Staff start at their tasklist. */
@Controller
class StartPageController {

  @GetMapping(LanguageLinks.START_PAGE)
  String start() {
    return "redirect:/tasks";
  }
}
