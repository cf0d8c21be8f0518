package org.masthead.engine.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for third-party sites on loopback (127.0.0.1, a free port): fixed answers per path, and a record of
 * every request it got, so tests can tell what reached "the third party" and when.
 */
public final class FixtureServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FixtureServer(HttpServer server) {
        this.server = server;
    }

    /** A server on 127.0.0.1. */
    public static FixtureServer start() {
        return start(InetAddress.getLoopbackAddress());
    }

    /** A server on {@code loopback}, an address of 127.0.0.0/8 such as 127.0.0.2 ("another host"). */
    public static FixtureServer start(InetAddress loopback) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
            FixtureServer fixture = new FixtureServer(server);
            server.createContext("/", fixture::handle);
            server.setExecutor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "fixture-server");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code path} (without query) with {@code status}, a {@code Content-Type} and {@code body}. */
    public FixtureServer route(String path, int status, String contentType, String body) {
        return route(path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code path} (without query) with {@code status}, a {@code Content-Type} and {@code body}. */
    public FixtureServer route(String path, int status, String contentType, byte[] body) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Answers {@code path} with a redirect to {@code location}. */
    public FixtureServer redirect(String path, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    /** Answers {@code path} (without query) with {@code handler}. */
    public FixtureServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    /** The absolute URL of {@code pathAndQuery} on this server. */
    public URI uri(String pathAndQuery) {
        return URI.create(origin() + pathAndQuery);
    }

    /** {@code http://127.0.0.1:port} (or the address it listens on). */
    public String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request so far, as path and query, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many requests so far had a path starting with {@code prefix}. */
    public long count(String prefix) {
        return requests.stream().filter(request -> request.startsWith(prefix)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        HttpHandler handler = routes.get(uri.getPath());
        try {
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // The client gave up (a test of limits, usually): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
