package org.tongxing.app.tasklist.queue;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxing.app.process.ProcessDefinitions;
import org.tongxing.app.tasklist.CaseSummary;
import org.tongxing.app.tasklist.DateTimeDisplay;
import org.tongxing.app.tasklist.ErrorSummaryItem;
import org.tongxing.app.tasklist.TaskSearch;
import org.tongxing.app.tasklist.TaskSearch.Order;
import org.tongxing.app.tasklist.TaskSearchPage;
import org.tongxing.app.tasklist.TasklistGateway;
import org.tongxing.app.tasklist.TasklistProperties;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.UserTaskInfo;
import org.tongxing.app.tasklist.form.FieldError;
import org.tongxing.app.tasklist.views.SavedViews;

/**
 * The task list: one queue at a time, filtered and ordered as the address says, a page at a time.
 * Every search is the user's own scopes (their tasks, their departments'), so nobody can list
 * another department's tasks by editing the address.
 */
@Controller
public class QueueController {

  /** Flash attribute: the key of the task just completed, which the search may still list. */
  public static final String COMPLETED_TASK = "completedTaskKey";

  static final String PATH = "/tasks";

  private final TasklistGateway gateway;
  private final TasklistProperties properties;
  private final ProcessDefinitions processes;
  private final SavedViews views;
  private final MessageSource messages;
  private final Clock clock;

  @Autowired
  QueueController(
      TasklistGateway gateway,
      TasklistProperties properties,
      ProcessDefinitions processes,
      SavedViews views,
      MessageSource messages) {
    this(gateway, properties, processes, views, messages, Clock.systemUTC());
  }

  QueueController(
      TasklistGateway gateway,
      TasklistProperties properties,
      ProcessDefinitions processes,
      SavedViews views,
      MessageSource messages,
      Clock clock) {
    this.gateway = gateway;
    this.properties = properties;
    this.processes = processes;
    this.views = views;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam Map<String, String> parameters,
      Authentication authentication,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    TasklistUser user = TasklistUser.of(authentication);
    QueueRequest request = QueueRequest.parse(parameters);
    TaskSearchPage page = TaskSearchPage.EMPTY;
    boolean tooDeep = false;
    if (request.isValid()) {
      TaskSearch search = request.toSearch(user, properties, clock);
      tooDeep = search.offset() > properties.maxOffset();
      if (!tooDeep) {
        page = gateway.searchTasks(search);
      }
    } else {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    Object completed = model.getAttribute(COMPLETED_TASK);
    List<UserTaskInfo> tasks =
        page.items().stream()
            .filter(task -> !(completed instanceof Long key && key == task.key()))
            .toList();
    Map<Long, CaseSummary> summaries =
        tasks.isEmpty()
            ? Map.of()
            : gateway.findCaseSummaries(
                tasks.stream().map(UserTaskInfo::processInstanceKey).toList());
    DateTimeDisplay dates = new DateTimeDisplay(properties.timeZone(), locale);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<QueueRow> rows =
        tasks.stream()
            .map(
                task ->
                    QueueRow.of(
                        task,
                        summaries.getOrDefault(task.processInstanceKey(), CaseSummary.NONE),
                        user,
                        dates,
                        now))
            .toList();
    int pages =
        (int) Math.max(1, (page.total() + properties.pageSize() - 1) / properties.pageSize());
    model.addAttribute("queue", request);
    model.addAttribute("rows", rows);
    model.addAttribute("total", page.total());
    model.addAttribute("moreThanTotal", page.moreThanTotal());
    model.addAttribute("page", request.page());
    model.addAttribute("pages", pages);
    model.addAttribute("tooDeep", tooDeep);
    model.addAttribute(
        "previousLink", request.page() > 1 ? request.link(PATH, request.page() - 1) : null);
    model.addAttribute(
        "nextLink",
        request.page() < pages && !tooDeep ? request.link(PATH, request.page() + 1) : null);
    model.addAttribute("queues", queueLinks(request.queue()));
    model.addAttribute("processes", processes.latest());
    model.addAttribute("sortLinks", sortLinks(request));
    model.addAttribute("groups", user.groups().stream().sorted().toList());
    model.addAttribute("counties", properties.counties());
    model.addAttribute("savedViews", views.visibleTo(user));
    model.addAttribute("currentUsername", user.username());
    addErrors(request, locale, model);
    return "tasks/list";
  }

  private static List<QueueLink> queueLinks(TaskQueue current) {
    List<QueueLink> links = new ArrayList<>();
    for (TaskQueue queue : TaskQueue.values()) {
      links.add(
          new QueueLink(
              queue.messageKey(),
              queue == TaskQueue.TODO ? PATH : PATH + "?queue=" + queue.id(),
              queue == current));
    }
    return links;
  }

  private static Map<String, String> sortLinks(QueueRequest request) {
    Map<String, String> links = new LinkedHashMap<>();
    for (Order order : Order.values()) {
      links.put(order.name(), request.sortLink(PATH, order));
    }
    return links;
  }

  private void addErrors(QueueRequest request, Locale locale, Model model) {
    Map<String, String> fieldErrors = new LinkedHashMap<>();
    List<ErrorSummaryItem> summary = new ArrayList<>();
    for (FieldError error : request.errors()) {
      String message = messages.getMessage(error, locale);
      if (fieldErrors.putIfAbsent(error.key(), message) == null) {
        summary.add(new ErrorSummaryItem("filter-" + error.key(), message));
      }
    }
    model.addAttribute("fieldErrors", fieldErrors);
    model.addAttribute("errorSummary", summary);
  }
}
