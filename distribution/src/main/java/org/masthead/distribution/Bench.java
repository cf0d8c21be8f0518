package org.masthead.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.masthead.engine.boot.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/masthead bench}: starts an engine on a temporary database (embedded Derby, or a fresh schema of a
 * PostgreSQL database) and measures write throughput over real HTTP, as clients see it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure publish and clap throughput over HTTP on a temporary database; with --pages, the"
                + " story and home pages with wrk on a generated site.")
final class Bench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough stories that no reader reaches Medium's 50 claps on one during a run. */
    private static final int CLAPPED_STORIES = 200;

    @Option(names = "--jdbc-url", description = "jdbc:postgresql: URL to measure PostgreSQL (a schema is created and dropped); default embedded Derby")
    String jdbcUrl = "";

    @Option(names = "--jdbc-user", description = "PostgreSQL user (default postgres)")
    String jdbcUser = "postgres";

    @Option(names = "--seconds", description = "Measured seconds per benchmark (default 10)")
    int seconds = 10;

    @Option(names = "--threads", description = "Concurrent clients (default 8)")
    int threads = 8;

    @Option(names = "--pages", description = "Measure page serving with wrk (2 threads, 32 connections) instead")
    boolean pages;

    @Option(names = "--stories", description = "Stories generated for --pages (default 10000) or --payouts (default 1000000)")
    Integer storyCount;

    @Option(names = "--payouts", description = "Generate a month of member reading and time the payout job over it instead")
    boolean payouts;

    @Option(names = "--members", description = "Members for --payouts (default 100000)")
    int members = 100_000;

    @Option(names = "--reader-days", description = "Reading rows (member, story, day) for --payouts (default 10000000)")
    long readerDays = 10_000_000L;

    /** Latencies of one run, in microseconds, and how long it ran. */
    private record Result(String name, long[] micros, Duration elapsed) {
        String describe() {
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            double perSecond = sorted.length / (elapsed.toNanos() / 1e9);
            return String.format("%-8s %,9d ops  %,8.0f ops/s  p50 %6.2f ms  p99 %6.2f ms", name, sorted.length,
                    perSecond, percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0);
        }

        private static long percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("masthead-bench-");
        String schema = null;
        String url = jdbcUrl;
        if (!jdbcUrl.isBlank()) {
            schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            sql(jdbcUrl, "CREATE SCHEMA " + schema);
            url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        if (payouts) {
            try {
                new PayoutBench(url, jdbcUser, data, members, storyCount == null ? 1_000_000 : storyCount, readerDays)
                        .run();
                return 0;
            } finally {
                if (schema != null) {
                    sql(jdbcUrl, "DROP SCHEMA " + schema + " CASCADE");
                }
                DemoContent.reset(data);
            }
        }
        try (Engine engine = Engine.builder().port(0).dataDir(data).pluginsDir(Masthead.home().resolve("plugins"))
                .jdbc(url, jdbcUrl.isBlank() ? "masthead" : jdbcUser, "").poolSize(threads + 2).start()) {
            System.out.printf("Masthead bench: %s, %d clients, %d s per run, %d cores%n",
                    jdbcUrl.isBlank() ? "embedded Derby" : "PostgreSQL", threads, seconds,
                    Runtime.getRuntime().availableProcessors());
            if (pages) {
                new PageBench(engine.uri(), storyCount == null ? 10_000 : storyCount, threads, seconds).run();
                return 0;
            }
            List<Session> writers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                writers.add(Session.signUp(engine.uri(), "benchwriter" + i));
            }
            // Warm the JIT and the database's statement caches with a short run that is not reported.
            run("warm-up", Duration.ofSeconds(Math.min(3, seconds)), i -> publish(writers.get(i)));
            System.out.println(run("publish", Duration.ofSeconds(seconds), i -> publish(writers.get(i))).describe());

            List<String> stories = new ArrayList<>();
            for (int i = 0; i < CLAPPED_STORIES; i++) {
                stories.add(publish(writers.get(i % writers.size())));
            }
            List<Session> readers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                readers.add(Session.signUp(engine.uri(), "benchreader" + i));
            }
            int[] next = new int[threads];
            System.out.println(run("clap", Duration.ofSeconds(seconds), i -> readers.get(i).call("POST",
                    "/api/v1/stories/" + stories.get(next[i]++ % stories.size()) + "/claps",
                    "{\"count\":1,\"requestId\":\"" + UUID.randomUUID() + "\"}", 200)).describe());
        } finally {
            if (schema != null) {
                sql(jdbcUrl, "DROP SCHEMA " + schema + " CASCADE");
            }
            DemoContent.reset(data);
        }
        return 0;
    }

    /** One publish as a writer's tool does it: create a draft, then publish it; returns the story's id. */
    static String publish(Session writer) {
        String id = writer.call("POST", "/api/v1/stories", "{\"title\":\"Benchmark story\",\"content\":\""
                + "A paragraph of benchmark text with *some* markup.\\n\\nAnd a second one.\",\"tags\":[\"bench\"]}", 201)
                .get("id").asText();
        writer.call("POST", "/api/v1/stories/" + id + "/publish", null, 200);
        return id;
    }

    /** Runs {@code operation(clientIndex)} on every client for {@code duration} and collects latencies. */
    private Result run(String name, Duration duration, IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int client = 0; client < threads; client++) {
            int index = client;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    operation.accept(index);
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = (System.nanoTime() - before) / 1000;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> future : futures) {
            long[] part = future.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        return new Result(name, all, Duration.ofNanos(System.nanoTime() - start));
    }

    private void sql(String url, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, jdbcUser, "")) {
            connection.createStatement().execute(statement);
        }
    }

    /** A signed-in API client. */
    record Session(URI base, HttpClient http, String csrf) {

        static Session signUp(URI base, String username) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).build();
            Session anonymous = new Session(base, http, "");
            String password = UUID.randomUUID().toString();
            anonymous.call("POST", "/api/v1/users", "{\"email\":\"" + username + "@bench.localhost\",\"username\":\""
                    + username + "\",\"displayName\":\"" + username + "\",\"password\":\"" + password + "\"}", 201);
            String csrf = anonymous.call("POST", "/api/v1/auth/login", "{\"email\":\"" + username
                    + "@bench.localhost\",\"password\":\"" + password + "\"}", 200).get("csrfToken").asText();
            return new Session(base, http, csrf);
        }

        JsonNode call(String method, String path, String body, int expected) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
