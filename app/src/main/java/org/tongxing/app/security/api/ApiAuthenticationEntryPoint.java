package org.tongxing.app.security.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request to {@code /v2} without valid credentials: 401 with the RFC 9457 problem every error of
 * the API is, saying what was expected and what came, and the {@code WWW-Authenticate} challenge of
 * HTTP Basic.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String detail =
        failure instanceof BadCredentialsException
            ? failure.getMessage()
            : "Expected HTTP Basic credentials of an API client (tongxing.api.clients), but "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " had none";
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "UNAUTHENTICATED");
    problem.put("status", HttpStatus.UNAUTHORIZED.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tongxing API\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
