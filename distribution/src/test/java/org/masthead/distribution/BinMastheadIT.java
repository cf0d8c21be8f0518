package org.masthead.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, through the real {@code bin/masthead} script of the built bundle. */
class BinMastheadIT {
    private static final Path DIST = Path.of(System.getProperty("masthead.dist.dir", "target/masthead"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void demoServesAStoryPageAtThePrintedUrl(@TempDir Path data) throws Exception {
        Process demo = start(List.of("demo", "--port", "0", "--data-dir", data.toString()));
        try {
            List<String> output = new ArrayList<>();
            String ready = readUntil(demo, output, "Masthead demo is ready: ");
            assertNotNull(ready, () -> "the demo never said it was ready:\n" + String.join("\n", output));
            String story = readUntil(demo, output, "  First story: ");
            String login = readUntil(demo, output, "  Admin login: ");
            assertTrue(login.matches("admin@demo\\.masthead\\.localhost / \\S{16,}"), login);

            HttpResponse<String> page = get(URI.create(story));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<article class=\"story\" data-story=\""), page.body());
            HttpResponse<String> home = get(URI.create(ready));
            // The ranked home keeps any one writer to a few cards, so the demo's four writers fill it only in part.
            long cards = Pattern.compile("class=\"card\"").matcher(home.body()).results().count();
            assertTrue(cards >= 4 && cards <= 30, () -> cards + " cards on the home page:\n" + home.body());
        } finally {
            demo.destroy();
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo stops on SIGTERM");
        }
    }

    @Test
    void helpDescribesBothCommands() throws Exception {
        Process help = start(List.of("--help"));
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, help.waitFor());
        assertTrue(out.contains("run") && out.contains("demo"), out);
        Process runHelp = start(List.of("run", "--help"));
        String runOut = new String(runHelp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, runHelp.waitFor());
        assertTrue(runOut.contains("--jdbc-url") && runOut.contains("--data-dir") && runOut.contains("--plugins-dir"),
                runOut);
    }

    @Test
    void unreachableDatabaseExitsWithAOneLineError(@TempDir Path data) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";
        Process run = start(List.of("run", "--port", "0", "--data-dir", data.toString(), "--jdbc-url", url));
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        String stderr = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertNotEquals(0, run.exitValue());
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("masthead: cannot connect to database " + url), stderr);
    }

    @Test
    void reindexRebuildsTheSearchIndexOfAStoppedSite(@TempDir Path data) throws Exception {
        Process reindex = start(List.of("reindex", "--data-dir", data.toString()));
        assertTrue(reindex.waitFor(120, TimeUnit.SECONDS));
        String out = new String(reindex.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(reindex.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, reindex.exitValue(), () -> out + err);
        assertTrue(out.matches("(?s).*Search index rebuilt in \\d+ ms: 0 stories, 0 people, 0 publications, 0 tags.*"),
                out);
        assertTrue(Files.isDirectory(data.resolve("search")), "the index is in the data directory");
    }

    private static Process start(List<String> args) throws IOException {
        Path script = DIST.resolve("bin/masthead");
        assertTrue(Files.isExecutable(script), "build the bundle first: " + script);
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("MASTHEAD_JDBC_URL");
        return builder.start();
    }

    /** Reads stdout lines until one starts with {@code prefix}; returns the rest of that line, or null at EOF. */
    private static String readUntil(Process process, List<String> seen, String prefix) throws IOException {
        BufferedReader reader = READERS.computeIfAbsent(process, p -> new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        String line;
        while ((line = reader.readLine()) != null) {
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    private static final java.util.Map<Process, BufferedReader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
