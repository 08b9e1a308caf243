package org.claimcheck.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A SPARQL 1.1 server named on the command line: the URL queries go to and the URL updates go to,
 * each with the user name and password written in it, if any. A password is sent only to the
 * scheme, host and port of the URL it was written in (HTTP basic authentication, sent with the
 * first request), and is never shown: {@link #toString()}, {@link #query()}, {@link #update()} and
 * every message name the URLs without their user information, also when a URL is refused.
 *
 * <p>Everything else about talking to the server (redirects, deadlines) is {@link EndpointHttp}'s.
 */
public final class Endpoint {
  private final Site query;
  private final Site update;
  private final Optional<Duration> updateTimeout;

  private Endpoint(Site query, Site update, Optional<Duration> updateTimeout) {
    this.query = query;
    this.update = update;
    this.updateTimeout = updateTimeout;
  }

  /**
   * The endpoint at {@code url}; updates go to {@code updateUrl} if given, else to a sibling {@code
   * update} of a URL ending in {@code /query} or {@code /sparql}, else to {@code url} itself (a
   * Fuseki dataset URL, such as {@code http://localhost:3030/claims}, takes both). An update URL
   * derived from {@code url} takes its user name and password; a given {@code updateUrl} only its
   * own.
   *
   * @throws BadUrl if a URL is not an absolute http or https URL with a host, a port from 1 to
   *     65535, and no query string or fragment
   */
  public static Endpoint parse(String url, Optional<String> updateUrl) {
    Site query = Site.parse(url, false);
    Site update = updateUrl.map(u -> Site.parse(u, true)).orElseGet(() -> query.derivedUpdate());
    return new Endpoint(query, update, Optional.empty());
  }

  /**
   * As {@link #parse(String, Optional)}, with a user name and password given apart from the URLs
   * (so that they show neither in {@code ps} nor in the shell's history): they go to the query URL,
   * and to the update URL where it has the query URL's scheme, host and port.
   *
   * @throws BadUrl as {@link #parse(String, Optional)}, and if a URL also holds a login
   */
  public static Endpoint parse(
      String url, Optional<String> updateUrl, String user, String password) {
    Endpoint endpoint = parse(url, updateUrl);
    if (endpoint.query.login().isPresent() || endpoint.update.login().isPresent()) {
      throw new BadUrl(
          (endpoint.query.login().isPresent() ? endpoint.query.url() : endpoint.update.url())
              + ": the URL holds a user name too; give it in the URL or with --user, not both",
          endpoint.query.login().isEmpty());
    }
    Login login = new Login(user, password);
    Site query = new Site(endpoint.query.url(), Optional.of(login));
    Site update =
        EndpointHttp.sameOrigin(endpoint.update.url(), endpoint.query.url())
            ? new Site(endpoint.update.url(), Optional.of(login))
            : endpoint.update;
    return new Endpoint(query, update, Optional.empty());
  }

  /** This endpoint with {@code limit} as the longest an update may take, its answer included. */
  public Endpoint withUpdateTimeout(Duration limit) {
    return new Endpoint(query, update, Optional.of(limit));
  }

  /** The query URL, without user information. */
  public URI query() {
    return query.url();
  }

  /** The update URL, without user information. */
  public URI update() {
    return update.url();
  }

  /** The longest an update may take, if limited. */
  public Optional<Duration> updateTimeout() {
    return updateTimeout;
  }

  Site querySite() {
    return query;
  }

  Site updateSite() {
    return update;
  }

  /**
   * Where an update goes when the update URL derived from a {@code .../sparql} query URL answers
   * 404: the query URL itself, where Virtuoso (and other servers on one {@code /sparql} path) take
   * updates too. Empty for any other endpoint.
   */
  Optional<Site> updateFallback() {
    String path = query.url().getRawPath() == null ? "" : query.url().getRawPath();
    return path.endsWith("/sparql") && update.url().equals(query.derivedUpdate().url())
        ? Optional.of(query)
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Endpoint e
        && query.equals(e.query)
        && update.equals(e.update)
        && updateTimeout.equals(e.updateTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, update, updateTimeout);
  }

  @Override
  public String toString() {
    return query().equals(update()) ? query().toString() : query() + " (updates: " + update() + ")";
  }

  /** A URL that was refused; the message names it without user information. */
  public static final class BadUrl extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final boolean update;

    BadUrl(String message, boolean update) {
      super(message);
      this.update = update;
    }

    /** Whether the update URL was refused (else the endpoint URL). */
    public boolean update() {
      return update;
    }
  }

  /** A user name and password for HTTP basic authentication; {@link #toString()} hides both. */
  record Login(String user, String password) {
    @Override
    public String toString() {
      return "(a user name and password)";
    }
  }

  /**
   * One URL of the server, without user information, and the login written in it.
   *
   * @param url the URL without user information
   * @param login what the URL's user information said, if anything
   */
  record Site(URI url, Optional<Login> login) {
    private static final int MAX_PORT = 65535;

    /** {@code text} as a site; every message names {@code text} without user information. */
    static Site parse(String text, boolean update) {
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        boolean http =
            text.regionMatches(true, 0, "http://", 0, 7)
                || text.regionMatches(true, 0, "https://", 0, 8);
        throw new BadUrl(
            redacted(text)
                + ": "
                + (http ? "not a URL (" + e.getReason() + ")" : "not an http or https URL"),
            update);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String problem =
          !(scheme.equals("http") || scheme.equals("https"))
              ? "not an http or https URL"
              : badPort(uri)
                  ? "the port must be from 1 to " + MAX_PORT
                  : uri.getHost() == null
                      ? "the URL names no host (or not a valid host name)"
                      : uri.getRawQuery() != null
                          ? "an endpoint URL takes no query string (claimcheck adds the query)"
                          : uri.getRawFragment() != null
                              ? "an endpoint URL takes no fragment (#...)"
                              : null;
      if (problem != null) {
        throw new BadUrl(redacted(text) + ": " + problem, update);
      }
      return new Site(withoutUserInfo(uri), login(uri));
    }

    /**
     * Whether the URL's port is out of range. {@link URI} takes any number of digits as a port, and
     * a port too large for an int, or not a number, makes the authority one without a host.
     */
    private static boolean badPort(URI uri) {
      if (uri.getHost() != null) {
        return uri.getPort() == 0 || uri.getPort() > MAX_PORT;
      }
      String authority = uri.getRawAuthority();
      if (authority == null) {
        return false;
      }
      String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
      int colon = hostPort.lastIndexOf(':');
      String port = hostPort.substring(colon + 1);
      return colon > 0
          && !hostPort.endsWith("]")
          && !port.isEmpty()
          && !(port.matches("\\d{1,5}")
              && Integer.parseInt(port) >= 1
              && Integer.parseInt(port) <= MAX_PORT);
    }

    private static Optional<Login> login(URI uri) {
      String userInfo = uri.getUserInfo();
      if (userInfo == null) {
        return Optional.empty();
      }
      int colon = userInfo.indexOf(':');
      return Optional.of(
          colon < 0
              ? new Login(userInfo, "")
              : new Login(userInfo.substring(0, colon), userInfo.substring(colon + 1)));
    }

    /** The update URL of a query URL: see {@link Endpoint#parse}. */
    Site derivedUpdate() {
      String path = url.getRawPath() == null ? "" : url.getRawPath();
      for (String service : new String[] {"/query", "/sparql"}) {
        if (path.endsWith(service)) {
          return new Site(
              url.resolve(path.substring(0, path.length() - service.length()) + "/update"), login);
        }
      }
      return this;
    }
  }

  /** {@code uri} without its user name and password, otherwise as written. */
  static URI withoutUserInfo(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri;
    }
    String authority = uri.getRawAuthority();
    return URI.create(
        uri.getScheme()
            + "://"
            + authority.substring(authority.lastIndexOf('@') + 1)
            + Objects.toString(uri.getRawPath(), "")
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
  }

  /**
   * {@code text}, a URL that may not parse, with everything between {@code scheme://} (or the first
   * colon) and the last {@code @} left out: whatever a malformed URL holds, no part of a password
   * written before its last {@code @} is shown.
   */
  static String redacted(String text) {
    int scheme = text.indexOf("://");
    int start = scheme >= 0 ? scheme + 3 : text.indexOf(':') + 1;
    int at = text.lastIndexOf('@');
    return at >= start ? text.substring(0, start) + text.substring(at + 1) : text;
  }
}
