package org.claimcheck.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.http.auth.AuthEnv;

/**
 * A SPARQL 1.1 server: the URL queries go to and the URL updates go to. A user name and password
 * in the URL are used for HTTP basic authentication and never shown: {@link #toString()} and
 * every message name the URL without them.
 *
 * @param query the query endpoint, without user information
 * @param update the update endpoint, without user information
 */
public record Endpoint(URI query, URI update) {
  /**
   * The endpoint at {@code url}; updates go to {@code updateUrl} if given, else to a sibling
   * {@code update} of a URL ending in {@code /query} or {@code /sparql}, else to {@code url} itself
   * (a Fuseki dataset URL, such as {@code http://localhost:3030/claims}, takes both).
   *
   * @throws IllegalArgumentException if a URL is not an absolute http or https URL
   */
  public static Endpoint parse(String url, Optional<String> updateUrl) {
    URI query = httpUri(url);
    URI update = updateUrl.map(Endpoint::httpUri).orElseGet(() -> derivedUpdate(query));
    return new Endpoint(withoutUserInfo(query), withoutUserInfo(update));
  }

  private static URI derivedUpdate(URI query) {
    String path = query.getRawPath() == null ? "" : query.getRawPath();
    for (String service : new String[] {"/query", "/sparql"}) {
      if (path.endsWith(service)) {
        return query.resolve(path.substring(0, path.length() - service.length()) + "/update");
      }
    }
    return query;
  }

  private static URI httpUri(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "'" + withoutUserInfo(uri) + "' is not an http or https URL");
    }
    registerCredentials(uri);
    return uri;
  }

  private static void registerCredentials(URI uri) {
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
      String password = colon < 0 ? "" : userInfo.substring(colon + 1);
      AuthEnv.get().registerUsernamePassword(withoutUserInfo(uri), user, password);
    }
  }

  /** {@code uri} without its user name and password. */
  static URI withoutUserInfo(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri;
    }
    try {
      return new URI(
          uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + uri.getHost() + "': cannot remove the password", e);
    }
  }

  @Override
  public String toString() {
    return query.equals(update) ? query.toString() : query + " (updates: " + update + ")";
  }
}
