package org.masthead.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page serving under load, measured with wrk (2 threads, 32 connections, loopback) on a generated site, against
 * the ceiling of a constant-response endpoint ({@code /version}) on the same server in the same run.
 */
final class PageBench {
    private static final String[] TOPICS = {"design", "science", "oceans", "writing", "history", "code", "music",
        "travel", "food", "health", "money", "cities", "books", "film", "climate", "space", "sport", "art", "work",
        "family"};
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");

    private final URI base;
    private final int stories;
    private final int threads;
    private final int seconds;

    PageBench(URI base, int stories, int threads, int seconds) {
        this.base = base;
        this.stories = stories;
        this.threads = threads;
        this.seconds = seconds;
    }

    void run() throws Exception {
        long start = System.nanoTime();
        String story = generate();
        System.out.printf("Generated %,d stories in %.0f s%n", stories, (System.nanoTime() - start) / 1e9);
        Bench.Session reader = Bench.Session.signUp(base, "pagereader");
        reader.call("POST", "/api/v1/stories/" + story.substring(story.lastIndexOf('-') + 1) + "/claps",
                "{\"count\":3,\"requestId\":\"" + UUID.randomUUID() + "\"}", 200);
        String cookie = "Cookie: " + ((CookieManager) reader.http().cookieHandler().orElseThrow()).getCookieStore()
                .getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b)
                .orElseThrow();

        double ceiling = wrk("ceiling /version", "/version", null)[0];
        measure("story page, signed out", story, null, ceiling);
        measure("home page, signed out", "/", null, ceiling);
        measure("story page, signed in", story, cookie, ceiling);
        measure("home page, signed in", "/", cookie, ceiling);
    }

    private void measure(String name, String path, String header, double ceiling) throws Exception {
        double[] result = wrk(name, path, header);
        System.out.printf(Locale.ROOT, "    = %.0f%% of the ceiling%n", 100 * result[0] / ceiling);
    }

    /** Publishes the stories with {@code threads} writers; returns the path of one story in the middle. */
    private String generate() throws Exception {
        List<Bench.Session> writers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            writers.add(Bench.Session.signUp(base, "pagewriter" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                Bench.Session writer = writers.get(n % writers.size());
                String body = ("Paragraph " + n + " of a generated story, long enough to read like one. ").repeat(20);
                String id = writer.call("POST", "/api/v1/stories", "{\"title\":\"Generated story " + n
                        + "\",\"subtitle\":\"About " + TOPICS[n % TOPICS.length] + "\",\"content\":\"" + body
                        + "\\n\\n" + body + "\",\"tags\":[\"" + TOPICS[n % TOPICS.length] + "\",\""
                        + TOPICS[(n / 7) % TOPICS.length] + "\"]}", 201).get("id").asText();
                return writer.call("POST", "/api/v1/stories/" + id + "/publish", null, 200).get("url").asText();
            }));
        }
        String middle = null;
        for (int i = 0; i < futures.size(); i++) {
            String url = futures.get(i).get();
            if (i == stories / 2) {
                middle = URI.create(url).getPath();
            }
        }
        pool.shutdown();
        return middle;
    }

    /** Runs wrk on {@code path} (3 s warm-up, then the measured run); returns requests/s, p50 and p99 in ms. */
    private double[] wrk(String name, String path, String header) throws Exception {
        String url = base.resolve(path.substring(1)).toString();
        run(url, header, 3);
        String output = run(url, header, seconds);
        double rate = number(RATE, output);
        double p50 = millis(P50, output);
        double p99 = millis(P99, output);
        System.out.printf(Locale.ROOT, "%-26s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms%n", name, rate, p50, p99);
        return new double[] {rate, p50, p99};
    }

    private static String run(String url, String header, int duration) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + duration + "s", "--latency"));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("wrk is needed for --pages (Debian package wrk)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || output.contains("Non-2xx")) {
            throw new IllegalStateException("wrk on " + url + " failed or saw errors:\n" + output);
        }
        return output;
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double millis(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
