package org.tongxing.workers.bureau;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.HashMap;
import java.util.Map;

/**
 * Problem JSON (RFC 9457) as a bureau system answers it, with its extra members (for example the
 * {@code caseId} that holds a benefit).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class BureauProblem {

  private String type;
  private String title;
  private Integer status;
  private String detail;
  private final Map<String, Object> properties = new HashMap<>();

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Integer status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  /** An extra member of the problem, or {@code null}. */
  public Object property(String name) {
    return properties.get(name);
  }

  public void setType(String type) {
    this.type = type;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setStatus(Integer status) {
    this.status = status;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  @JsonAnySetter
  void setProperty(String name, Object value) {
    properties.put(name, value);
  }
}
