package org.tongxing.gateway.support;

import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;

/** Commands without a result answer 204 with no body: the client refuses {@code 200 {}}. */
public final class NoContent {

  private NoContent() {}

  public static CompletableFuture<ResponseEntity<Void>> after(CompletableFuture<?> command) {
    return command.thenApply(ignored -> ResponseEntity.noContent().build());
  }
}
