package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints that misbehave on purpose, on loopback: they redirect elsewhere, to another scheme or
 * in circles, refuse a load, send one byte a second, or send more than the heap holds. The URLs on
 * the command line are the user's; an answer may make claimcheck reach nothing else: a second
 * server that a redirect names hears nothing, a password reaches only the host it was written for
 * and is never printed, and a load that did not happen is never reported as done.
 */
class EndpointHostileServersTest {
  private static final String PASSWORD = "s3cr3t-pw";
  private static final String COUNT = StoreCommandsTest.COUNT;
  private static final String ONE_ROW =
      "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":"
          + "{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"7\"}}]}}";

  @TempDir Path tmp;

  private final List<LoopbackServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(LoopbackServer::close);
  }

  @Test
  void aRedirectToAnotherHostPortOrSchemeIsExitFourNamingBothAndTheOtherHearsNothing()
      throws IOException {
    LoopbackServer other = server();
    other.on("/", exchange -> answer(exchange, 200, "application/sparql-results+json", ONE_ROW));
    LoopbackServer named = server();
    named.on("/port", exchange -> redirect(exchange, 302, other.url("/ds")));
    named.on(
        "/host", exchange -> redirect(exchange, 301, "http://localhost:" + named.port() + "/ds"));
    named.on(
        "/scheme",
        exchange -> redirect(exchange, 307, "https://127.0.0.1:" + named.port() + "/ds"));
    named.on(
        "/login",
        exchange ->
            redirect(
                exchange, 303, "http://user:" + PASSWORD + "@127.0.0.1:" + other.port() + "/ds"));
    for (String path : List.of("/port", "/host", "/scheme", "/login")) {
      String to =
          switch (path) {
            case "/port", "/login" -> other.url("/ds");
            case "/host" -> "http://localhost:" + named.port() + "/ds";
            default -> "https://127.0.0.1:" + named.port() + "/ds";
          };
      for (String command : List.of("query", "check")) {
        CliRun run =
            command.equals("query")
                ? CliRun.run("query", "--endpoint", named.url("user", PASSWORD, path), COUNT)
                : CliRun.run("check", "--endpoint", named.url("user", PASSWORD, path));
        run.assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
        assertThat(run.errorMessage())
            .as("%s", run)
            .isEqualTo(
                named.url(path)
                    + ": the server redirects to "
                    + to
                    + ", another host, port or scheme; not followed (if you trust that URL, name it yourself)");
        assertNoPassword(run);
      }
    }
    assertThat(other.requests).as("requests the redirect target heard").isEmpty();
    assertThat(named.requests)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(basic("user")));
  }

  @Test
  void aSameHostRedirectOfAQueryIsFollowedWithItsLoginAndARedirectLoopIsNot() throws IOException {
    LoopbackServer named = server();
    named.on("/old", exchange -> redirect(exchange, 301, "/ds"));
    named.on("/ds", exchange -> answer(exchange, 200, "application/sparql-results+json", ONE_ROW));
    named.on("/loop", exchange -> redirect(exchange, 302, "/loop"));
    CliRun moved =
        CliRun.run(
            "query", "--endpoint", named.url("user", PASSWORD, "/old"), COUNT, "--format", "csv");
    moved.assertExit(ExitCode.OK);
    assertThat(moved.out()).isEqualTo("n\r\n7\r\n");
    assertThat(named.requests)
        .extracting(LoopbackServer.Request::path)
        .containsExactly("/old", "/ds");
    assertThat(named.requests)
        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(basic("user")));

    CliRun loop = CliRun.run("query", "--endpoint", named.url("user", PASSWORD, "/loop"), COUNT);
    loop.assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
    assertThat(loop.errorMessage())
        .isEqualTo(
            named.url("/loop")
                + ": the server redirected more than 5 times"
                + " (the last time to "
                + named.url("/loop")
                + "); not followed");
    assertNoPassword(loop);
  }

  @Test
  void aLoadRedirectedOrAnsweredWithAnErrorIsExitFourAndNotReportedAsLoaded() throws IOException {
    Path facts = oneTriple();
    LoopbackServer other = server();
    other.on("/", exchange -> answer(exchange, 204, null, ""));
    LoopbackServer named = server();
    named.on("/same", exchange -> redirect(exchange, 307, "/elsewhere"));
    named.on("/elsewhere", exchange -> answer(exchange, 204, null, ""));
    named.on("/other", exchange -> redirect(exchange, 308, other.url("/ds")));
    named.on("/found", exchange -> redirect(exchange, 302, other.url("/ds")));
    named.on("/fails", exchange -> answer(exchange, 500, "text/plain", "boom"));
    named.on("/ok", exchange -> answer(exchange, 204, null, ""));

    record Case(String path, String message) {}
    for (Case c :
        List.of(
            new Case(
                "/same",
                named.url("/same")
                    + ": the server redirects a POST to "
                    + named.url("/elsewhere")
                    + "; a POST is never redirected (if you trust that URL, name it yourself); not loaded"),
            new Case(
                "/other",
                named.url("/other")
                    + ": the server redirects a POST to "
                    + other.url("/ds")
                    + "; a POST is never redirected (if you trust that URL, name it yourself); not loaded"),
            new Case(
                "/found",
                named.url("/found")
                    + ": the server redirects a POST to "
                    + other.url("/ds")
                    + "; a POST is never redirected (if you trust that URL, name it yourself); not loaded"),
            new Case(
                "/fails",
                named.url("/fails") + ": the server answered HTTP 500: boom; not loaded"))) {
      CliRun load =
          CliRun.run("load", facts.toString(), "--endpoint", named.url("user", PASSWORD, c.path()));
      load.assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
      assertThat(load.errorMessage()).as("%s", load).isEqualTo(c.message());
      assertThat(load.out()).as("nothing reported as loaded: %s", load).isEmpty();
      assertNoPassword(load);
    }
    assertThat(other.requests).as("requests the redirect target heard").isEmpty();
    assertThat(named.requests)
        .extracting(LoopbackServer.Request::path)
        .containsExactly("/same", "/other", "/found", "/fails");
    assertThat(named.requests).allSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));

    CliRun done =
        CliRun.run("load", facts.toString(), "--endpoint", named.url("user", PASSWORD, "/ok"))
            .assertExit(ExitCode.OK);
    assertThat(done.out())
        .startsWith("1 file, 1 triple into https://w3id.org/claimcheck/graph/facts\n");
  }

  @Test
  void aPasswordReachesOnlyTheHostOfTheUrlItIsWrittenIn() throws IOException {
    Path facts = oneTriple();
    LoopbackServer queries = server();
    queries.on("/ds/update", exchange -> answer(exchange, 204, null, ""));
    LoopbackServer updates = server();
    updates.on("/ds/update", exchange -> answer(exchange, 204, null, ""));

    CliRun derived =
        CliRun.run(
            "load", facts.toString(), "--endpoint", queries.url("user", PASSWORD, "/ds/query"));
    derived.assertExit(ExitCode.OK);
    CliRun separate =
        CliRun.run(
            "load",
            facts.toString(),
            "--endpoint",
            queries.url("user", PASSWORD, "/ds/query"),
            "--update-endpoint",
            updates.url("/ds/update"));
    separate.assertExit(ExitCode.OK);
    assertNoPassword(derived);
    assertNoPassword(separate);

    assertThat(queries.requests)
        .as("the derived update URL takes the login of --endpoint")
        .containsExactly(new LoopbackServer.Request("POST", "/ds/update", basic("user")));
    assertThat(updates.requests)
        .as("an --update-endpoint without a login gets none")
        .containsExactly(new LoopbackServer.Request("POST", "/ds/update", null));
  }

  @Test
  void aLoginGivenByUserAndAPasswordFileOrTheEnvironmentReachesOnlyTheEndpointHost()
      throws Exception {
    Path facts = oneTriple();
    Path passwordFile = Files.writeString(tmp.resolve("password"), PASSWORD + "\nignored\n");
    LoopbackServer queries = server();
    queries.on("/ds/update", exchange -> answer(exchange, 204, null, ""));
    LoopbackServer updates = server();
    updates.on("/ds/update", exchange -> answer(exchange, 204, null, ""));

    CliRun fromFile =
        CliRun.run(
            "load",
            facts.toString(),
            "--endpoint",
            queries.url("/ds/query"),
            "--user",
            "user",
            "--password-file",
            passwordFile.toString());
    fromFile.assertExit(ExitCode.OK);
    CliRun elsewhere =
        CliRun.run(
            "load",
            facts.toString(),
            "--endpoint",
            queries.url("/ds/query"),
            "--update-endpoint",
            updates.url("/ds/update"),
            "--user",
            "user",
            "--password-file",
            passwordFile.toString());
    elsewhere.assertExit(ExitCode.OK);
    ProcessBuilder withVariable =
        JavaProcess.builder(
            Main.class.getName(),
            List.of(
                "load",
                facts.toString(),
                "--endpoint",
                queries.url("/ds/query"),
                "--user",
                "user"));
    withVariable.environment().put(StoreOptions.PASSWORD_VARIABLE, PASSWORD);
    Process process = withVariable.start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(err).isEqualTo(ExitCode.OK.code());
    for (CliRun run : List.of(fromFile, elsewhere)) {
      assertNoPassword(run);
    }
    assertThat(queries.requests)
        .as("the --endpoint host gets the login, from the file (first line) and the variable")
        .containsExactly(
            new LoopbackServer.Request("POST", "/ds/update", basic("user")),
            new LoopbackServer.Request("POST", "/ds/update", basic("user")));
    assertThat(updates.requests)
        .as("an --update-endpoint on another port gets none")
        .containsExactly(new LoopbackServer.Request("POST", "/ds/update", null));

    CliRun both =
        CliRun.run(
            "load",
            facts.toString(),
            "--endpoint",
            queries.url("user", PASSWORD, "/ds"),
            "--user",
            "user",
            "--password-file",
            passwordFile.toString());
    assertThat(both.assertExit(ExitCode.USAGE).assertOneLineError().errorMessage())
        .contains("give it in the URL or with --user, not both");
    assertNoPassword(both);
    assertThat(CliRun.run("check", "--user", "user").assertExit(ExitCode.USAGE).errorMessage())
        .startsWith("--user needs --endpoint");
    assertThat(
            CliRun.run("check", "--endpoint", queries.url("/ds"), "--password-file", "p")
                .assertExit(ExitCode.USAGE)
                .errorMessage())
        .startsWith("--password-file needs --user");
    assertThat(
            CliRun.run(
                    "check",
                    "--endpoint",
                    queries.url("/ds"),
                    "--user",
                    "u",
                    "--password-file",
                    tmp.resolve("missing").toString())
                .assertExit(ExitCode.BAD_INPUT)
                .errorMessage())
        .startsWith(tmp.resolve("missing") + ": cannot read the password");
  }

  @Test
  void aLoadSendsNoBlankNodeAndNoUpgradeAndAFailureShowsTheServersOwnExplanation()
      throws IOException {
    Path facts =
        Files.writeString(
            tmp.resolve("blank.ttl"),
            "<https://example.org/a> <https://example.org/b> [ <https://example.org/c> \"d\" ] .\n");
    LoopbackServer accepting = server();
    accepting.on("/ds", exchange -> answer(exchange, 204, null, ""));
    CliRun.run("load", facts.toString(), "--endpoint", accepting.url("/ds"))
        .assertExit(ExitCode.OK);
    LoopbackServer.Heard update = accepting.heard.get(0);
    assertThat(update.body())
        .as("the facts' blank node and the ontology's lists are sent as IRIs")
        .contains("INSERT DATA")
        .contains("https://w3id.org/claimcheck/.well-known/genid/")
        .doesNotContain("_:");
    assertThat(update.headers()).doesNotContainKeys("upgrade", "http2-settings");

    LoopbackServer refusing = server();
    refusing.on(
        "/ds",
        exchange ->
            answer(
                exchange,
                400,
                "text/html",
                "<html><head><title>Error</title></head><body>\n\n"
                    + "Virtuoso 37000 Error SP031: Blank node '_:b0' is not allowed\u001b[31m\n"
                    + "SPARQL query: INSERT DATA ...</body></html>"));
    CliRun refused =
        CliRun.run("load", facts.toString(), "--endpoint", refusing.url("/ds"))
            .assertExit(ExitCode.STORE_UNAVAILABLE);
    assertThat(refused.assertOneLineError().errorMessage())
        .isEqualTo(
            refusing.url("/ds")
                + ": the server answered HTTP 400: Virtuoso 37000 Error SP031: Blank node '_:b0'"
                + " is not allowed\\u001B[31m; not loaded");
  }

  @Test
  void anUpdateDerivedFromASparqlUrlThatIsNotFoundGoesToTheSparqlUrlAsVirtuosoTakesIt()
      throws IOException {
    Path facts = oneTriple();
    LoopbackServer virtuoso = server();
    virtuoso.on("/sparql", exchange -> answer(exchange, 200, "text/plain", "done"));
    virtuoso.on("/update", exchange -> answer(exchange, 404, "text/plain", "no such service"));
    CliRun load =
        CliRun.run(
                "load", facts.toString(), "--endpoint", virtuoso.url("user", PASSWORD, "/sparql"))
            .assertExit(ExitCode.OK);
    assertThat(load.out()).startsWith("1 file, 1 triple into ");
    assertThat(virtuoso.requests)
        .containsExactly(
            new LoopbackServer.Request("POST", "/update", basic("user")),
            new LoopbackServer.Request("POST", "/sparql", basic("user")));
    assertNoPassword(load);

    LoopbackServer fuseki = server();
    fuseki.on("/ds/update", exchange -> answer(exchange, 404, "text/plain", "no such service"));
    CliRun notFound =
        CliRun.run("load", facts.toString(), "--endpoint", fuseki.url("/ds/query"))
            .assertExit(ExitCode.STORE_UNAVAILABLE);
    assertThat(notFound.assertOneLineError().errorMessage())
        .as("a /query URL has no fallback")
        .isEqualTo(
            fuseki.url("/ds/update")
                + ": the server answered HTTP 404: no such service; not loaded");
    assertThat(fuseki.requests).hasSize(1);
  }

  @Test
  void badEndpointUrlsAreUsageErrorsThatNeverShowThePassword() {
    String login = "user:" + PASSWORD + "@";
    record Case(String url, String message) {}
    for (Case c :
        List.of(
            new Case(
                "http://" + login + "127.0.0.1/ds?default-graph-uri=x",
                "http://127.0.0.1/ds?default-graph-uri=x: an endpoint URL takes no query string (claimcheck adds the query)"),
            new Case(
                "http://" + login + "127.0.0.1/ds#part",
                "http://127.0.0.1/ds#part: an endpoint URL takes no fragment (#...)"),
            new Case(
                "http://" + login + "127.0.0.1:99999/ds",
                "http://127.0.0.1:99999/ds: the port must be from 1 to 65535"),
            new Case(
                "http://" + login + "127.0.0.1:0/ds",
                "http://127.0.0.1:0/ds: the port must be from 1 to 65535"),
            new Case(
                "http://" + login + "127.0.0.1:99999999999/ds",
                "http://127.0.0.1:99999999999/ds: the port must be from 1 to 65535"),
            new Case(
                "http://" + login + "/ds",
                "http:///ds: the URL names no host (or not a valid host name)"),
            new Case("http:///ds", "http:///ds: the URL names no host (or not a valid host name)"),
            new Case(
                "ftp://" + login + "127.0.0.1/ds", "ftp://127.0.0.1/ds: not an http or https URL"),
            new Case("file:///etc/passwd", "file:///etc/passwd: not an http or https URL"),
            new Case("127.0.0.1:3030/ds", "127.0.0.1:3030/ds: not an http or https URL"),
            new Case(
                "http://" + login + "127.0.0.1/a b",
                "http://127.0.0.1/a b: not a URL (Illegal character in path)"),
            new Case(
                "http://user:s3?cr3t@127.0.0.1/ds",
                "http://127.0.0.1/ds: the port must be from 1 to 65535"),
            new Case(
                "http://user:s3/cr3t@127.0.0.1/ds",
                "http://127.0.0.1/ds: the port must be from 1 to 65535"))) {
      CliRun query = CliRun.run("query", "--endpoint", c.url(), COUNT);
      query.assertExit(ExitCode.USAGE).assertOneLineError();
      assertThat(query.errorMessage())
          .as("%s", query)
          .isEqualTo("--endpoint " + c.message() + " (see 'claimcheck query --help')");
      assertThat(query.err()).doesNotContain(PASSWORD).doesNotContain("s3").doesNotContain("cr3t");
    }
    CliRun load =
        CliRun.run(
            "load",
            "facts",
            "--endpoint",
            "http://127.0.0.1:1/ds",
            "--update-endpoint",
            "http://" + login + "127.0.0.1:70000/ds/update");
    load.assertExit(ExitCode.USAGE).assertOneLineError();
    assertThat(load.errorMessage())
        .isEqualTo(
            "--update-endpoint http://127.0.0.1:70000/ds/update: the port must be"
                + " from 1 to 65535 (see 'claimcheck load --help')");
    assertNoPassword(load);
  }

  @Test
  void aServerSendingOneByteASecondIsStoppedAtTheTimeoutForQueryCheckAndLoad() throws IOException {
    Path facts = oneTriple();
    LoopbackServer slow = server();
    slow.on(
        "/rows",
        exchange ->
            drip(
                exchange, "application/sparql-results+json", "{\"head\":{\"vars\":[\"n\"]},", " "));
    slow.on("/graph", exchange -> drip(exchange, "application/n-triples", "", "\n"));
    slow.on("/update", exchange -> drip(exchange, "text/plain", "", " "));
    record Case(String[] args, String message) {}
    for (Case c :
        List.of(
            new Case(
                new String[] {
                  "query",
                  "--endpoint",
                  slow.url("user", PASSWORD, "/rows"),
                  "--timeout",
                  "2",
                  COUNT
                },
                "query: the query did not finish within 2 s (raise the limit with --timeout SECONDS)"),
            new Case(
                new String[] {
                  "check", "--endpoint", slow.url("user", PASSWORD, "/graph"), "--timeout", "2"
                },
                slow.url("/graph")
                    + ": the check did not finish within its time limit of 2 s (raise it with --timeout SECONDS)"),
            new Case(
                new String[] {
                  "load",
                  facts.toString(),
                  "--endpoint",
                  slow.url("user", PASSWORD, "/update"),
                  "--timeout",
                  "2"
                },
                slow.url("/update")
                    + ": the server did not answer the update within 2 s, so the load is not confirmed"
                    + " (the server may still apply it: query the endpoint to see; raise the limit with --timeout SECONDS)"))) {
      long start = System.nanoTime();
      CliRun run = CliRun.run(c.args());
      long millis = (System.nanoTime() - start) / 1_000_000;
      run.assertExit(ExitCode.TIMEOUT).assertOneLineError();
      assertThat(run.errorMessage()).as("%s", run).isEqualTo(c.message());
      assertThat(millis)
          .as("stopped within the timeout and a second: %s", run)
          .isBetween(1_900L, 3_000L);
      assertThat(run.out()).isEmpty();
      assertNoPassword(run);
    }
  }

  @Test
  void aTimeoutOnALoadIntoATdb2StoreIsAUsageError() {
    CliRun load =
        CliRun.run("load", "facts", "--store", tmp.resolve("db").toString(), "--timeout", "5");
    load.assertExit(ExitCode.USAGE).assertOneLineError();
    assertThat(load.errorMessage())
        .isEqualTo(
            "--timeout applies to a load into an --endpoint (a TDB2 load is one"
                + " transaction, never stopped half-way) (see 'claimcheck load --help')");
    assertThat(tmp.resolve("db")).doesNotExist();
  }

  @Test
  void anAnswerLargerThanTheHeapIsExitFiveSayingSo() throws IOException, InterruptedException {
    LoopbackServer endless = server();
    endless.on(
        "/graph",
        exchange ->
            endless(
                exchange,
                "application/n-triples",
                "",
                i -> "<https://example.org/s" + i + "> <https://example.org/p> \"" + i + "\" .\n"));
    endless.on(
        "/rows",
        exchange ->
            endless(
                exchange,
                "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":{\"type\":\"literal\",\"value\":\"",
                i -> "a".repeat(4096)));
    for (List<String> args :
        List.of(
            List.of(
                "check", "--endpoint", endless.url("user", PASSWORD, "/graph"), "--timeout", "60"),
            List.of(
                "query",
                "--endpoint",
                endless.url("user", PASSWORD, "/rows"),
                "--timeout",
                "60",
                COUNT))) {
      Process process = JavaProcess.builder(List.of("-Xmx64m"), Main.class.getName(), args).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      CliRun run = new CliRun(args, process.waitFor(), out, err);
      run.assertExit(ExitCode.TIMEOUT).assertOneLineError();
      assertThat(run.err())
          .as("%s", run)
          .matches(
              "claimcheck: the work needs more memory than the heap \\(\\d+ MiB\\)"
                  + " allows; give it more with CLAIMCHECK_JAVA_OPTS=-Xmx8g \\(or java -Xmx8g -jar\\), or ask for less\n");
      assertNoPassword(run);
    }
  }

  private static void assertNoPassword(CliRun run) {
    assertThat(run.out()).as("stdout of %s", run).doesNotContain(PASSWORD);
    assertThat(run.err()).as("stderr of %s", run).doesNotContain(PASSWORD);
  }

  /** A file of one triple, to load. */
  private Path oneTriple() throws IOException {
    return Files.writeString(
        tmp.resolve("one.ttl"), "<https://example.org/a> <https://example.org/b> \"c\" .\n");
  }

  private static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private LoopbackServer server() throws IOException {
    LoopbackServer server = new LoopbackServer();
    servers.add(server);
    return server;
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().add("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void redirect(HttpExchange exchange, int status, String location)
      throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    answer(exchange, status, "text/plain", "moved");
  }

  /** Answers at once, then sends {@code each} once a second until the client goes away. */
  private static void drip(HttpExchange exchange, String type, String start, String each)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    body.write(start.getBytes(StandardCharsets.UTF_8));
    body.flush();
    for (int i = 0; i < 60; i++) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
      body.write(each.getBytes(StandardCharsets.UTF_8));
      body.flush();
    }
  }

  /** Sends {@code start}, then {@code part} of 0, 1, 2, ... as fast as the client reads. */
  private static void endless(
      HttpExchange exchange,
      String type,
      String start,
      java.util.function.LongFunction<String> part)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    body.write(start.getBytes(StandardCharsets.UTF_8));
    for (long i = 0; i < Long.MAX_VALUE; i++) {
      body.write(part.apply(i).getBytes(StandardCharsets.UTF_8));
    }
  }
}
