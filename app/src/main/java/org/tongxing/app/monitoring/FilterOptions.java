package org.tongxing.app.monitoring;

import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** What the filters of the monitoring pages offer a viewer: their departments, the counties. */
@Component
public class FilterOptions {

  private final MonitoringProperties properties;

  public FilterOptions(MonitoringProperties properties) {
    this.properties = properties;
  }

  /** Every department for the lead office; a supervisor's own otherwise. */
  public List<String> departments(Viewer viewer) {
    if (viewer.seesAllDepartments()) {
      TreeSet<String> all = new TreeSet<>(properties.departments());
      all.addAll(viewer.groups());
      return properties.departments().isEmpty() ? List.copyOf(all) : mergedInOrder(viewer);
    }
    return List.copyOf(new TreeSet<>(viewer.groups()));
  }

  public List<String> counties() {
    return properties.counties();
  }

  private List<String> mergedInOrder(Viewer viewer) {
    List<String> departments = new java.util.ArrayList<>(properties.departments());
    viewer.groups().stream()
        .filter(group -> !departments.contains(group))
        .sorted()
        .forEach(departments::add);
    return List.copyOf(departments);
  }
}
