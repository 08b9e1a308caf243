package org.claimcheck.store;

import static org.claimcheck.error.ClaimcheckException.storeUnavailable;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The one HTTP client of claimcheck's endpoints, handed to Jena's {@code QueryExecHTTP} and {@code
 * UpdateExecHTTP} for one URL the user named ({@link Endpoint.Site}). It holds what the JDK's
 * client and Jena would otherwise decide:
 *
 * <ul>
 *   <li>Requests go to the scheme, host and port of that URL only. The login written in the URL is
 *       sent there as HTTP basic authentication, and an {@code Authorization} header from anywhere
 *       else is dropped, so a password reaches no other host.
 *   <li>A redirect is followed only for a GET (or HEAD) to the same scheme, host and port, at most
 *       {@value #MAX_REDIRECTS} times. Any other (to another host, port or scheme, or of a POST,
 *       which carries the data of a load) is a STORE_UNAVAILABLE error naming both URLs; nothing is
 *       sent to the URL it names. (The JDK's {@code Redirect.NORMAL}, Jena's default, follows to
 *       any host with a hand-set {@code Authorization} header, and resends a POST's body on
 *       307/308.)
 *   <li>A request's timeout ({@link HttpRequest#timeout()}, which Jena sets from the query's or
 *       update's) is a deadline for the whole exchange: connecting, the answer's headers (the JDK's
 *       own timeout) and its body, which fails with an {@link HttpTimeoutException} when the
 *       deadline passes however slowly the server sends it, and any redirects in between.
 *   <li>An answer still arriving when the heap is nearly full ({@link #heapNearlyFull}) is cut off,
 *       so that running out of memory is seen by the thread reading the answer, not by the JDK's
 *       own threads.
 *   <li>A final answer below 200 is an error.
 * </ul>
 *
 * <p>The connections themselves are the JDK's, one pool for the process.
 */
final class EndpointHttp extends HttpClient {
  /** The most redirects followed for one request. */
  static final int MAX_REDIRECTS = 5;

  private static final HttpClient NETWORK =
      HttpClient.newBuilder()
          // HTTP/1.1 only: every SPARQL server speaks it, and an offer to upgrade to HTTP/2
          // (Upgrade: h2c) on each request stalled the exchanges with Virtuoso.
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  /**
   * The heap's old generation, where an answer being read ends up (the pool with a usage
   * threshold).
   */
  private static final Optional<MemoryPoolMXBean> TENURED =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(
              p ->
                  p.getType() == MemoryType.HEAP
                      && p.isUsageThresholdSupported()
                      && p.isCollectionUsageThresholdSupported())
          .findFirst();

  /**
   * The share of the old generation past which an answer is cut off (see {@link #heapNearlyFull}).
   */
  private static final double HEAP_SHARE = 0.85;

  /** How many answers were cut off for the heap: the reader only sees its stream closed. */
  private static final AtomicLong CUT_FOR_HEAP = new AtomicLong();

  private final Endpoint.Site site;

  private EndpointHttp(Endpoint.Site site) {
    this.site = site;
  }

  /** A client for requests to {@code site}. */
  static HttpClient to(Endpoint.Site site) {
    return new EndpointHttp(site);
  }

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "claimcheck-http-deadline");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<T>> response = sendAsync(request, handler);
    try {
      return response.get();
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, BodyHandler<T> handler) {
    return exchange(request, handler, request.timeout().map(Instant.now()::plus), 0);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, BodyHandler<T> handler, PushPromiseHandler<T> pushPromises) {
    return sendAsync(request, handler); // no pushed answers: only what was asked for
  }

  private <T> CompletableFuture<HttpResponse<T>> exchange(
      HttpRequest request, BodyHandler<T> handler, Optional<Instant> deadline, int redirects) {
    if (!sameOrigin(request.uri(), site.url())) {
      return CompletableFuture.failedFuture(
          storeUnavailable(
              shown(site.url())
                  + ": a request to "
                  + shown(request.uri())
                  + " was refused: not the endpoint's host",
              null));
    }
    HttpRequest.Builder sent =
        HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"));
    site.login().ifPresent(login -> sent.header("Authorization", basic(login)));
    if (deadline.isPresent()) {
      Duration left = Duration.between(Instant.now(), deadline.get());
      if (left.isNegative() || left.isZero()) {
        return CompletableFuture.failedFuture(new HttpTimeoutException("the deadline passed"));
      }
      sent.timeout(left);
    }
    return NETWORK
        .sendAsync(sent.build(), info -> body(info, handler, deadline))
        .thenCompose(response -> answer(request, response, handler, deadline, redirects));
  }

  /** The body of a redirect is not read; any other is read by {@code handler}, by the deadline. */
  private static <T> BodySubscriber<T> body(
      HttpResponse.ResponseInfo info, BodyHandler<T> handler, Optional<Instant> deadline) {
    if (isRedirect(info.statusCode())) {
      return BodySubscribers.mapping(BodySubscribers.ofInputStream(), EndpointHttp::<T>closed);
    }
    return new GuardedBody<>(handler.apply(info), deadline);
  }

  /**
   * Whether the objects left after the last garbage collection fill most of the heap's old
   * generation: an answer still arriving then is cut off, before the heap runs out in some thread
   * (the JDK's selector thread dies of it, printing a stack trace, and its client with it).
   */
  /** How many answers have been cut off because the heap was nearly full, so far. */
  static long cutForHeap() {
    return CUT_FOR_HEAP.get();
  }

  private static boolean heapNearlyFull() {
    if (TENURED.isEmpty()) {
      return false;
    }
    MemoryPoolMXBean pool = TENURED.get();
    MemoryUsage kept = pool.getCollectionUsage();
    long max =
        pool.getUsage().getMax() > 0 ? pool.getUsage().getMax() : Runtime.getRuntime().maxMemory();
    return kept != null && kept.getUsed() > max * HEAP_SHARE;
  }

  private static <T> T closed(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the connection is dropped either way
    }
    return null;
  }

  private <T> CompletionStage<HttpResponse<T>> answer(
      HttpRequest request,
      HttpResponse<T> response,
      BodyHandler<T> handler,
      Optional<Instant> deadline,
      int redirects) {
    int status = response.statusCode();
    String from = shown(request.uri());
    if (status < 200) {
      throw storeUnavailable(
          from + ": the server answered HTTP " + status + ", which is not a final answer", null);
    }
    if (!isRedirect(status)) {
      return CompletableFuture.completedFuture(response);
    }
    Optional<URI> target =
        response.headers().firstValue("Location").flatMap(l -> resolved(request.uri(), l));
    if (target.isEmpty()) {
      throw storeUnavailable(
          from
              + ": the server answered HTTP "
              + status
              + " (a redirect) with no usable"
              + " Location; not followed",
          null);
    }
    URI to = target.get();
    boolean get = request.method().equals("GET") || request.method().equals("HEAD");
    if (!get) {
      throw storeUnavailable(
          from
              + ": the server redirects a "
              + request.method()
              + " to "
              + shown(to)
              + "; a "
              + request.method()
              + " is never redirected (if you trust that URL, name it yourself)",
          null);
    }
    if (!sameOrigin(to, site.url())) {
      throw storeUnavailable(
          from
              + ": the server redirects to "
              + shown(to)
              + ", another host, port or"
              + " scheme; not followed (if you trust that URL, name it yourself)",
          null);
    }
    if (redirects == MAX_REDIRECTS) {
      throw storeUnavailable(
          from
              + ": the server redirected more than "
              + MAX_REDIRECTS
              + " times (the last"
              + " time to "
              + shown(to)
              + "); not followed",
          null);
    }
    HttpRequest next = HttpRequest.newBuilder(request, (name, value) -> true).uri(to).build();
    return exchange(next, handler, deadline, redirects + 1);
  }

  private static boolean isRedirect(int status) {
    return status >= 300 && status < 400;
  }

  /** {@code location} resolved against {@code base}, if it is an absolute http(s) URL then. */
  private static Optional<URI> resolved(URI base, String location) {
    try {
      URI uri = base.resolve(location.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? Optional.of(Endpoint.withoutUserInfo(uri))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code a} and {@code b} have the same scheme, host and port. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0
        ? uri.getPort()
        : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  /** {@code uri} as messages show it: without user information and without the query string. */
  private static String shown(URI uri) {
    String text = Endpoint.withoutUserInfo(uri).toString();
    int query = text.indexOf('?');
    return query < 0 ? text : text.substring(0, query);
  }

  private static String basic(Endpoint.Login login) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return NETWORK.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return NETWORK.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER; // as the JDK sees it: redirects are followed above, or refused
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return NETWORK.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return NETWORK.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return NETWORK.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return NETWORK.version();
  }

  @Override
  public Optional<Executor> executor() {
    return NETWORK.executor();
  }

  /**
   * A body read by {@code body} until {@code deadline}, if any, and while the heap has room: then
   * the exchange is cancelled and {@code body} fails (with an {@link HttpTimeoutException} for the
   * deadline), which a reader blocked on the body (Jena parsing the answer) sees at once. Signals
   * reach {@code body} one at a time.
   */
  private static final class GuardedBody<T> implements BodySubscriber<T> {
    private final BodySubscriber<T> body;
    private final Optional<Instant> deadline;
    private Flow.Subscription subscription;
    private ScheduledFuture<?> timer;
    private boolean ended;

    GuardedBody(BodySubscriber<T> body, Optional<Instant> deadline) {
      this.body = body;
      this.deadline = deadline;
    }

    @Override
    public CompletionStage<T> getBody() {
      return body.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      synchronized (this) {
        subscription = s;
        body.onSubscribe(s);
      }
      if (deadline.isEmpty()) {
        return;
      }
      long millis = Math.max(0, Duration.between(Instant.now(), deadline.get()).toMillis());
      ScheduledFuture<?> scheduled =
          DEADLINES.schedule(
              () ->
                  fail(new HttpTimeoutException("the answer did not arrive whole by the deadline")),
              millis,
              TimeUnit.MILLISECONDS);
      synchronized (this) {
        if (ended) {
          scheduled.cancel(false);
        } else {
          timer = scheduled;
        }
      }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      if (heapNearlyFull()) {
        CUT_FOR_HEAP.incrementAndGet();
        fail(new IOException("the answer does not fit in the heap"));
        return;
      }
      synchronized (this) {
        if (!ended) {
          body.onNext(item);
        }
      }
    }

    @Override
    public synchronized void onError(Throwable failure) {
      if (end()) {
        body.onError(failure);
      }
    }

    @Override
    public synchronized void onComplete() {
      if (end()) {
        body.onComplete();
      }
    }

    private boolean end() {
      if (ended) {
        return false;
      }
      ended = true;
      if (timer != null) {
        timer.cancel(false);
      }
      return true;
    }

    /** Ends the body with {@code failure} and cancels the exchange, unless it has ended. */
    private void fail(IOException failure) {
      Flow.Subscription cancelled;
      synchronized (this) {
        if (!end()) {
          return;
        }
        cancelled = subscription;
        body.onError(failure);
      }
      cancelled.cancel();
    }
  }
}
