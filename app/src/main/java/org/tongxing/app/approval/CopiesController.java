package org.tongxing.app.approval;

import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongxing.app.tasklist.DateTimeDisplay;
import org.tongxing.app.tasklist.TasklistProperties;
import org.tongxing.app.tasklist.TasklistUser;

/** "Copied to me": the cases copied to the user or their departments for information. */
@Controller
class CopiesController {

  private final CaseCopies copies;
  private final TasklistProperties properties;

  CopiesController(CaseCopies copies, TasklistProperties properties) {
    this.copies = copies;
    this.properties = properties;
  }

  @GetMapping("/tasks/copies")
  String copies(Authentication authentication, Locale locale, Model model) {
    TasklistUser user = TasklistUser.of(authentication);
    model.addAttribute("copies", copies.to(user.username(), user.groups()));
    model.addAttribute("dates", new DateTimeDisplay(properties.timeZone(), locale));
    return "tasks/copies";
  }
}
