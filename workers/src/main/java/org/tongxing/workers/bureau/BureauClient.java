package org.tongxing.workers.bureau;

import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * The one way to call a bureau system's JSON API: every client of {@code org.tongxing.workers
 * .bureau} states each call's contract with a {@link BureauCall} and gets its answer sorted into a
 * result, a business outcome the contract names, a refusal of the request ({@link
 * BureauRequestInvalidException}) or a technical failure ({@link BureauUnavailableException}). Open
 * one with {@link BureauClients}.
 */
public final class BureauClient {

  private final String systemName;
  private final RestClient restClient;
  private final Supplier<String> baseUrl;

  /**
   * @param systemName for messages, for example {@code DPF certificate system}
   * @param baseUrl read on every call, because the sandbox's port is known only once the app's web
   *     server has started
   */
  public BureauClient(String systemName, RestClient restClient, Supplier<String> baseUrl) {
    this.systemName = systemName;
    this.restClient = restClient;
    this.baseUrl = baseUrl;
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return baseUrl.get();
  }

  /**
   * @param path below the base URL with {@code {placeholders}} for {@code uriVariables}, which are
   *     encoded (a {@code /} in a value stays inside its path segment)
   */
  public BureauCall get(String path, Object... uriVariables) {
    return call(HttpMethod.GET, null, path, uriVariables);
  }

  /** {@code POST} a JSON body. */
  public BureauCall post(String path, Object body, Object... uriVariables) {
    return call(HttpMethod.POST, body, path, uriVariables);
  }

  /** {@code PUT} a JSON body. */
  public BureauCall put(String path, Object body, Object... uriVariables) {
    return call(HttpMethod.PUT, body, path, uriVariables);
  }

  public BureauCall delete(String path, Object... uriVariables) {
    return call(HttpMethod.DELETE, null, path, uriVariables);
  }

  private BureauCall call(HttpMethod method, Object body, String path, Object... uriVariables) {
    return new BureauCall(systemName, restClient, baseUrl.get(), method, body, path, uriVariables);
  }
}
