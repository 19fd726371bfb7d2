package org.tongxing.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The two links of the language switch: the current page again, in the other language. Only a GET
 * can be repeated by a link, so a page that answers a POST links to a GET page it names (see {@link
 * #forPath}) or, by default, to the start page.
 */
public record LanguageLinks(String chinese, String english) {

  static final String START_PAGE = "/";

  /** Links to {@code path} (inside the application) in either language. */
  public static LanguageLinks forPath(HttpServletRequest request, String path) {
    return of(request.getContextPath() + path, null);
  }

  static LanguageLinks of(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return forPath(request, START_PAGE);
    }
    // on an error page or a forwarded 403 page, the address in the browser is the original one
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (errorUri instanceof String uri) {
      return of(uri, null);
    }
    Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (forwardUri instanceof String uri) {
      return of(uri, (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING));
    }
    return of(request.getRequestURI(), request.getQueryString());
  }

  private static LanguageLinks of(String path, String query) {
    return new LanguageLinks(link(path, query, "zh-CN"), link(path, query, "en"));
  }

  private static String link(String path, String query, String languageTag) {
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam(LocaleConfiguration.LANGUAGE_PARAMETER, languageTag)
        .build()
        .toUriString();
  }
}
