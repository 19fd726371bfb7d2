package org.tongxing.app.tasklist;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The department's open tasks. */
@Controller
class TaskListController {

  /** Flash attribute: the key of the task just completed, which the search may still list. */
  static final String COMPLETED_TASK = "completedTaskKey";

  private final TasklistGateway gateway;
  private final TasklistProperties properties;

  TaskListController(TasklistGateway gateway, TasklistProperties properties) {
    this.gateway = gateway;
    this.properties = properties;
  }

  @GetMapping("/tasks")
  String list(Authentication authentication, Locale locale, Model model) {
    TasklistUser user = TasklistUser.of(authentication);
    Object completed = model.getAttribute(COMPLETED_TASK);
    DateTimeDisplay dates = new DateTimeDisplay(properties.timeZone(), locale);
    List<TaskRow> rows =
        gateway.findOpenTasks(user).stream()
            .filter(task -> !(completed instanceof Long key && key == task.key()))
            .map(task -> TaskRow.of(task, user, dates))
            .toList();
    model.addAttribute("tasks", rows);
    model.addAttribute("groups", user.groups().stream().sorted().toList());
    return "tasks/list";
  }
}
