package org.claimcheck.store;

import static org.claimcheck.error.ClaimcheckException.badInput;
import static org.claimcheck.error.ClaimcheckException.storeUnavailable;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.model.Controls;
import org.claimcheck.sparql.ExecSettings;

/**
 * A SPARQL 1.1 server reached over HTTP, through {@link EndpointHttp} (which sends the password to
 * the named host only, follows no redirect elsewhere, and holds each exchange to its deadline):
 * queries are sent as standard SPARQL 1.1 text and run on the server; {@link #readAll} fetches all
 * data with one CONSTRUCT. A load is one SPARQL Update request (CLEAR, then INSERT DATA), which a
 * server such as Fuseki applies in one transaction.
 *
 * <p>An unreachable server, an HTTP error, a redirect not followed, or an answer that is not SPARQL
 * results (an HTML page, a cut-off body) is STORE_UNAVAILABLE with the URL, never with its
 * password; for a load, the message says it was not loaded. Running out of time is a {@link
 * QueryCancelledException} for a query and TIMEOUT for a load; an answer larger than the heap is
 * the {@link OutOfMemoryError} itself, which the command line reports as such.
 */
final class RemoteStore implements Store, WritableStore {
  private static final Query EVERYTHING =
      QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", Syntax.syntaxSPARQL_11);

  /** Exception class names that Jena leaves at the start of a wrapped cause's message. */
  private static final Pattern EXCEPTION_NAME = Pattern.compile("^([\\w.$]+(Exception|Error): )+");

  private final Endpoint endpoint;

  RemoteStore(Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public <T> T execute(Query query, ExecSettings settings, Function<QueryExec, T> body) {
    String text = query.toString(Syntax.syntaxSPARQL_11);
    try {
      QueryFactory.create(text, Syntax.syntaxSPARQL_11);
    } catch (QueryException e) {
      throw badInput(
          "the query is not standard SPARQL 1.1, which a remote store needs: " + e.getMessage());
    }
    QueryExecHTTPBuilder builder =
        QueryExecHTTP.service(endpoint.query().toString())
            .httpClient(EndpointHttp.to(endpoint.querySite()))
            .query(query)
            .substitution(settings.substitution());
    settings.timeout().ifPresent(t -> builder.timeout(t.toMillis()));
    return remote(
        endpoint.query(),
        settings.timeout(),
        () -> {
          try (QueryExec exec = builder.build()) {
            return body.apply(exec);
          }
        });
  }

  @Override
  public <T> T readAll(Function<Graph, T> body) {
    return readAll(ExecSettings.DEFAULT, body);
  }

  @Override
  public <T> T readAll(ExecSettings settings, Function<Graph, T> body) {
    return body.apply(execute(EVERYTHING, settings, QueryExec::construct));
  }

  @Override
  public void close() {
    // HTTP connections are pooled by Jena; nothing is held per store.
  }

  @Override
  public String name() {
    return endpoint.toString();
  }

  @Override
  public void write(DatasetGraph quads, Set<Node> emptyFirst, Consumer<String> progress) {
    UpdateRequest request = new UpdateRequest();
    emptyFirst.forEach(g -> request.add(new UpdateClear(g, true)));
    QuadDataAcc data = new QuadDataAcc();
    quads.find().forEachRemaining(data::addQuad);
    request.add(new UpdateDataInsert(data));
    progress.accept("sending " + data.getQuads().size() + " triples to " + endpoint.update());
    Endpoint.Site site = endpoint.updateSite();
    Optional<Endpoint.Site> fallback = endpoint.updateFallback();
    try {
      try {
        send(site, request, fallback.isPresent());
      } catch (UpdateNotFound e) {
        site = fallback.get();
        progress.accept(
            endpoint.update() + " answered HTTP 404; sending the update to " + site.url());
        send(site, request, false);
      }
    } catch (QueryCancelledException e) {
      throw ClaimcheckException.timeout(
          site.url()
              + ": the server did not answer the update within "
              + endpoint.updateTimeout().map(Duration::toSeconds).orElse(0L)
              + " s, so the load is not confirmed"
              + " (the server may still apply it: query the endpoint to see; raise the limit with --timeout SECONDS)");
    } catch (ClaimcheckException e) {
      throw e.kind() == ClaimcheckException.Kind.STORE_UNAVAILABLE
          ? storeUnavailable(e.getMessage() + "; not loaded", e)
          : e;
    }
  }

  /**
   * Sends {@code request} to {@code site}; with {@code notFoundIsFallback}, an answer of HTTP 404
   * is {@link UpdateNotFound}, for the caller to try {@link Endpoint#updateFallback()}.
   */
  private void send(Endpoint.Site site, UpdateRequest request, boolean notFoundIsFallback) {
    UpdateExecHTTPBuilder builder =
        UpdateExecHTTP.service(site.url().toString())
            .httpClient(EndpointHttp.to(site))
            .update(request);
    endpoint.updateTimeout().ifPresent(t -> builder.timeout(t.toMillis(), TimeUnit.MILLISECONDS));
    remote(
        site.url(),
        endpoint.updateTimeout(),
        () -> {
          try {
            builder.build().execute();
          } catch (HttpException e) {
            if (notFoundIsFallback && e.getStatusCode() == 404) {
              throw new UpdateNotFound();
            }
            throw e;
          }
          return null;
        });
  }

  /** The update URL answered 404 where a fallback exists. */
  private static final class UpdateNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UpdateNotFound() {
      super(null, null, false, false);
    }
  }

  /**
   * Runs {@code call}, turning HTTP and answer failures into STORE_UNAVAILABLE naming {@code url},
   * and any failure once {@code timeout} has passed into a {@link QueryCancelledException}: the
   * exchange was cut off at its deadline, whatever the parser of the cut-off answer made of that
   * (Jena's N-Triples parser keeps only "Bad input stream").
   */
  private static <T> T remote(URI url, Optional<Duration> timeout, Supplier<T> call) {
    Optional<Instant> deadline = timeout.map(Instant.now()::plus);
    long cutForHeap = EndpointHttp.cutForHeap();
    try {
      return call.get();
    } catch (ClaimcheckException | QueryCancelledException | UpdateNotFound e) {
      throw e;
    } catch (RuntimeException e) {
      Optional<ClaimcheckException> refused = cause(e, ClaimcheckException.class);
      if (refused.isPresent()) {
        throw refused.get(); // EndpointHttp's, such as a redirect not followed
      }
      Optional<OutOfMemoryError> outOfMemory = cause(e, OutOfMemoryError.class);
      if (outOfMemory.isPresent()) {
        throw outOfMemory
            .get(); // an answer larger than the heap: reported as running out of memory
      }
      if (EndpointHttp.cutForHeap() != cutForHeap) {
        // the parser saw only its stream closed; the heap may have room again by now
        throw new OutOfMemoryError(url + ": the answer does not fit in the heap");
      }
      boolean late = deadline.isPresent() && !Instant.now().isBefore(deadline.get());
      if (late
          || causedBy(e, HttpTimeoutException.class)
              && !causedBy(e, HttpConnectTimeoutException.class)) {
        throw new QueryCancelledException();
      }
      throw storeUnavailable(url + ": " + reason(e), e);
    }
  }

  private static String reason(RuntimeException e) {
    int status =
        e instanceof QueryExceptionHTTP q
            ? q.getStatusCode()
            : e instanceof HttpException h ? h.getStatusCode() : -1;
    if (status == 401 || status == 403) {
      return "the server answered HTTP "
          + status
          + " (not authorized: check the user name and password)";
    }
    if (status > 0) {
      String body =
          e instanceof QueryExceptionHTTP q
              ? q.getResponse()
              : e instanceof HttpException h ? h.getResponse() : null;
      return "the server answered HTTP " + status + explanation(body);
    }
    if (causedBy(e, ConnectException.class) || causedBy(e, HttpConnectTimeoutException.class)) {
      return "cannot connect to the server";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return "the server's answer cannot be used: "
            + EXCEPTION_NAME.matcher(t.getMessage()).replaceAll("");
      }
    }
    return "the server's answer cannot be used: " + e.getClass().getSimpleName();
  }

  /** The longest explanation of a server shown. */
  private static final int EXPLANATION = 200;

  /**
   * {@code ": "} and the first line of text in the body of an error answer (its markup left out,
   * its control characters shown as escapes, cut at {@value #EXPLANATION} characters), where the
   * server explains itself there, as Virtuoso does ("SP031: Blank node ... is not allowed");
   * nothing otherwise.
   */
  static String explanation(String body) {
    if (body == null) {
      return "";
    }
    for (String line :
        body.replaceAll("(?is)<(head|script|style)\\b.*?</\\1>|<[^>]*>", "\n").split("\\R")) {
      String text = line.strip();
      if (!text.isEmpty()) {
        text = text.length() > EXPLANATION ? text.substring(0, EXPLANATION) + "..." : text;
        return ": " + Controls.visible(text);
      }
    }
    return "";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type).isPresent();
  }

  private static <X extends Throwable> Optional<X> cause(Throwable e, Class<X> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
