package org.tongxing.app.monitoring.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tongxing.app.monitoring.instances.TimelineEntry;
import org.tongxing.app.tasklist.DisplayTime;

/**
 * A case's timeline told in sentences, as a clerk would tell an applicant on the phone: 收到申请;
 * 市残联审核（张敏办理）已完成，用时 2天; 正在等待市人社局复核，截止 3月15日.
 */
final class PlainTimeline {

  /** One sentence with its moment. */
  record Line(DisplayTime time, String text, boolean current) {}

  private PlainTimeline() {}

  static List<Line> of(List<TimelineEntry> entries, MessageSource messages, Locale locale) {
    List<Line> lines = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      if (entry.step()) {
        if (entry.kind().endsWith("Gateway")) {
          continue; // a decision point says nothing to an applicant; its outcome does
        }
        String departments =
            String.join(
                "、",
                entry.departments().stream()
                    .map(group -> messages.getMessage("department." + group, null, group, locale))
                    .toList());
        String who = entry.actor() != null ? entry.actor() : departments;
        String code =
            switch (entry.state()) {
              case "ACTIVE" ->
                  entry.incident()
                      ? "monitoring.plain.stuck"
                      : who.isEmpty() ? "monitoring.plain.running" : "monitoring.plain.waiting";
              case "TERMINATED" -> "monitoring.plain.ended";
              default ->
                  entry.kind().equals("startEvent")
                      ? "monitoring.plain.started"
                      : entry.kind().equals("endEvent")
                          ? "monitoring.plain.finished"
                          : who.isEmpty()
                              ? "monitoring.plain.doneBySystem"
                              : "monitoring.plain.done";
            };
        String text =
            messages.getMessage(
                code,
                new Object[] {entry.name(), who, entry.duration() == null ? "" : entry.duration()},
                locale);
        if (entry.due() != null && "ACTIVE".equals(entry.state())) {
          text +=
              messages.getMessage(
                  entry.overdue() ? "monitoring.plain.overdue" : "monitoring.plain.due",
                  new Object[] {entry.due().text()},
                  locale);
        }
        lines.add(new Line(entry.started(), text, "ACTIVE".equals(entry.state())));
      } else {
        String action =
            messages.getMessage("monitoring.action." + entry.kind(), null, entry.kind(), locale);
        String text =
            messages.getMessage(
                "monitoring.plain.action",
                new Object[] {entry.actor(), action, entry.name() == null ? "" : entry.name()},
                locale);
        if (entry.opinion() != null) {
          text +=
              messages.getMessage(
                  "monitoring.plain.opinion", new Object[] {entry.opinion()}, locale);
        }
        lines.add(new Line(entry.started(), text, false));
      }
    }
    return lines;
  }
}
