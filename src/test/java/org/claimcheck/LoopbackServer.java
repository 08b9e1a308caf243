package org.claimcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on a free loopback port that records every request it hears: a real server for
 * tests.
 */
public final class LoopbackServer implements AutoCloseable {
  /** What the server heard: method, path and the {@code Authorization} header, if any. */
  public record Request(String method, String path, String authorization) {}

  /** A handler of one path. */
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** Every request heard, in order. */
  public final List<Request> requests = new CopyOnWriteArrayList<>();

  /** A request heard whole: its headers (names in lower case) and its body. */
  public record Heard(java.util.Map<String, List<String>> headers, String body) {}

  /** Every request heard, whole, in order. */
  public final List<Heard> heard = new CopyOnWriteArrayList<>();

  private final HttpServer http;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  public LoopbackServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.setExecutor(threads);
    http.start();
  }

  /**
   * Answers requests to {@code path} (and below it) with {@code handler}, after reading their body.
   */
  public void on(String path, Handler handler) {
    http.createContext(
        path,
        exchange -> {
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization")));
          try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            java.util.Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange
                .getRequestHeaders()
                .forEach(
                    (name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
            heard.add(
                new Heard(headers, new String(body, java.nio.charset.StandardCharsets.UTF_8)));
            handler.handle(exchange);
          } catch (IOException gone) {
            // the client stopped reading: what some of these servers are for
          }
        });
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** The URL of {@code path} with {@code user} and {@code password} in it. */
  public String url(String user, String password, String path) {
    return "http://" + user + ":" + password + "@127.0.0.1:" + port() + path;
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }
}
