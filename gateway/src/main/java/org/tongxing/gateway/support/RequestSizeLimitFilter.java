package org.tongxing.gateway.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;

/**
 * Refuses oversized requests to the engine's API (413 with a problem naming the limit) before they
 * are read, as Camunda refuses records over its maximum message size. Deployments are multipart
 * uploads with their own limit ({@code spring.servlet.multipart.max-request-size}).
 */
@Component
@ConditionalOnEmbeddedRuntime
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  public RequestSizeLimitFilter(
      @Value("${tongxing.gateway.max-request-size:4194304}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !path.startsWith("/v2/") || path.startsWith("/v2/deployments");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      refuse(request, response, length + " bytes");
      return;
    }
    if (length >= 0) {
      chain.doFilter(request, response);
      return;
    }
    // sent in chunks, length unknown: read at most one byte more than allowed
    byte[] body =
        request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
    if (body.length > maxBytes) {
      refuse(request, response, "more");
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String size)
      throws IOException {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"PAYLOAD_TOO_LARGE\","
                + "\"status\":413,\"detail\":\"Expected a request of at most "
                + maxBytes
                + " bytes, but it has "
                + size
                + "\",\"instance\":\""
                + request.getRequestURI().replace("\"", "")
                + "\"}");
  }
}
