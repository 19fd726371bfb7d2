package org.tongxing.sandbox;

import java.net.URI;
import java.util.Map;

/**
 * A write that a simulated system refuses because another record holds the key: answered as 409
 * problem JSON with the holder's data as extra members (for example {@code caseId}).
 */
public class RecordConflictException extends RuntimeException {

  private final URI type;
  private final String title;
  private final Map<String, Object> properties;

  public RecordConflictException(
      URI type, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.type = type;
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
