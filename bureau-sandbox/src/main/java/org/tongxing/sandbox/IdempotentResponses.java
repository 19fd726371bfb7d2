package org.tongxing.sandbox;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Answers of an idempotent {@code POST}: what it made, or what it had made before. */
public final class IdempotentResponses {

  private IdempotentResponses() {}

  /**
   * 201 if this request made the resource, 200 if an earlier one did; either way with the
   * resource's {@code Location} below the request's URI.
   */
  public static <T> ResponseEntity<T> createdOrRepeated(boolean created, String id, T resource) {
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequestUri()
            .path("/{id}")
            .buildAndExpand(id)
            .toUri();
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .location(location)
        .body(resource);
  }
}
