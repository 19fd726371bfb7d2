package org.tongxing.app.tasklist.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxing.app.tasklist.TaskSearch;
import org.tongxing.app.tasklist.TaskSearch.Order;
import org.tongxing.app.tasklist.TasklistProperties;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.form.FieldError;

/**
 * A queue page as the address asks for it: the queue, the filters, the order and the page. Read
 * leniently (an unknown queue or order falls back to the default) but strictly where the user typed
 * something: a date or priority that cannot be read is an error tied to its field.
 *
 * @param dueFrom first day (inclusive) of the due date; {@code null} for no limit
 * @param dueTo last day (inclusive) of the due date; {@code null} for no limit
 * @param priority the lowest priority, 0–100; {@code null} for any
 * @param applicant part of the applicant's name
 * @param county the county code
 * @param page 1 for the first page
 */
public record QueueRequest(
    TaskQueue queue,
    String process,
    LocalDate dueFrom,
    LocalDate dueTo,
    LocalDate followUpFrom,
    LocalDate followUpTo,
    Integer priority,
    String applicant,
    String county,
    Order order,
    boolean descending,
    int page,
    Map<String, String> entered,
    List<FieldError> errors) {

  public static final String ERROR_DATE = "queue.error.date";
  public static final String ERROR_DATE_ORDER = "queue.error.dateOrder";
  public static final String ERROR_PRIORITY = "queue.error.priority";

  /** The request parameters a queue page understands, in the order links write them. */
  static final List<String> PARAMETERS =
      List.of(
          "queue",
          "process",
          "dueFrom",
          "dueTo",
          "followUpFrom",
          "followUpTo",
          "priority",
          "applicant",
          "county",
          "sort",
          "order");

  private static final int MAX_TEXT = 100;

  public QueueRequest {
    entered = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entered));
    errors = List.copyOf(errors);
  }

  public static QueueRequest parse(Map<String, String> parameters) {
    Map<String, String> entered = new LinkedHashMap<>();
    for (String name : PARAMETERS) {
      String value = parameters.get(name);
      if (value != null && !value.isBlank()) {
        entered.put(name, value.strip());
      }
    }
    List<FieldError> errors = new ArrayList<>();
    TaskQueue queue = TaskQueue.of(entered.get("queue"));
    LocalDate dueFrom = date(entered, "dueFrom", "queue.filter.dueFrom", errors);
    LocalDate dueTo = date(entered, "dueTo", "queue.filter.dueTo", errors);
    LocalDate followUpFrom = date(entered, "followUpFrom", "queue.filter.followUpFrom", errors);
    LocalDate followUpTo = date(entered, "followUpTo", "queue.filter.followUpTo", errors);
    checkOrder(dueFrom, dueTo, "dueTo", "queue.filter.dueFrom", "queue.filter.dueTo", errors);
    checkOrder(
        followUpFrom,
        followUpTo,
        "followUpTo",
        "queue.filter.followUpFrom",
        "queue.filter.followUpTo",
        errors);
    Integer priority = priority(entered, errors);
    Order order = order(entered.get("sort"), queue);
    boolean descending =
        entered.containsKey("order")
            ? "desc".equalsIgnoreCase(entered.get("order"))
            : order == queue.defaultOrder() && queue.defaultDescending();
    return new QueueRequest(
        queue,
        text(entered.get("process")),
        dueFrom,
        dueTo,
        followUpFrom,
        followUpTo,
        priority,
        text(entered.get("applicant")),
        text(entered.get("county")),
        order,
        descending,
        page(parameters.get("page")),
        entered,
        errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** Whether any filter narrows the queue (the order and page do not count). */
  public boolean isFiltered() {
    return process != null
        || dueFrom != null
        || dueTo != null
        || followUpFrom != null
        || followUpTo != null
        || priority != null
        || applicant != null
        || county != null;
  }

  /** The search for one page, as the gateway runs it. */
  public TaskSearch toSearch(TasklistUser user, TasklistProperties properties, Clock clock) {
    ZoneId zone = properties.timeZone();
    OffsetDateTime dueFromMoment = startOf(dueFrom, zone);
    OffsetDateTime dueBeforeMoment = startOf(dueTo == null ? null : dueTo.plusDays(1), zone);
    OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(zone).toOffsetDateTime();
    if (queue == TaskQueue.DUE_SOON) {
      dueFromMoment = latest(dueFromMoment, now);
      dueBeforeMoment = earliest(dueBeforeMoment, now.plus(properties.dueSoon()));
    } else if (queue == TaskQueue.OVERDUE) {
      dueBeforeMoment = earliest(dueBeforeMoment, now);
    }
    Map<String, String> likes = new LinkedHashMap<>();
    Map<String, String> equals = new LinkedHashMap<>();
    if (applicant != null) {
      likes.put(properties.caseFields().applicant(), applicant);
    }
    if (county != null) {
      equals.put(properties.caseFields().county(), county);
    }
    int size = properties.pageSize();
    return new TaskSearch(
        queue.scopes(user),
        queue.completed(),
        process,
        dueFromMoment,
        dueBeforeMoment,
        startOf(followUpFrom, zone),
        startOf(followUpTo == null ? null : followUpTo.plusDays(1), zone),
        priority,
        likes,
        equals,
        order,
        descending,
        (page - 1) * size,
        size);
  }

  /** This request's address with another page (or queue, or order); {@code null} keeps it. */
  public String link(String path, Integer otherPage) {
    return link(path, otherPage, entered);
  }

  /** The filters and order as a query string without the page, e.g. for a saved view. */
  public String queryString() {
    UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
    entered.forEach(builder::queryParam);
    String query = builder.build().encode().getQuery();
    return query == null ? "" : query;
  }

  /** The address of the same filters sorted by {@code field}; again toggles the direction. */
  public String sortLink(String path, Order field) {
    Map<String, String> changed = new LinkedHashMap<>(entered);
    changed.put("sort", field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    changed.put("order", field == order && !descending ? "desc" : "asc");
    return link(path, null, changed);
  }

  private static String link(String path, Integer page, Map<String, String> parameters) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
    parameters.forEach(builder::queryParam);
    if (page != null && page > 1) {
      builder.queryParam("page", page);
    }
    return builder.build().encode().toUriString();
  }

  private static LocalDate date(
      Map<String, String> entered, String name, String labelKey, List<FieldError> errors) {
    String value = entered.get(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, ERROR_DATE, List.of(label(labelKey))));
      return null;
    }
  }

  private static void checkOrder(
      LocalDate from,
      LocalDate to,
      String field,
      String fromLabel,
      String toLabel,
      List<FieldError> errors) {
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(
          new FieldError(field, ERROR_DATE_ORDER, List.of(label(toLabel), label(fromLabel))));
    }
  }

  private static Integer priority(Map<String, String> entered, List<FieldError> errors) {
    String value = entered.get("priority");
    if (value == null) {
      return null;
    }
    try {
      int priority = Integer.parseInt(value);
      if (priority >= 0 && priority <= 100) {
        return priority;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(new FieldError("priority", ERROR_PRIORITY, List.of(label("queue.filter.priority"))));
    return null;
  }

  /** A field's label, resolved in the page's language with the message. */
  private static DefaultMessageSourceResolvable label(String key) {
    return new DefaultMessageSourceResolvable(key);
  }

  private static Order order(String sort, TaskQueue queue) {
    if (sort != null) {
      String wanted = sort.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Order order : Order.values()) {
        if (order.name().equals(wanted)) {
          return order;
        }
      }
    }
    return queue.defaultOrder();
  }

  private static int page(String value) {
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
  }

  private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
    return day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
  }

  private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
