package org.masthead.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/**
 * The figures in docs/search-and-feeds.md: rebuild time of the index for 10,000 generated stories and search
 * latency over HTTP on loopback. Runs only when asked:
 * {@code mvn test -pl engine-impl -Dtest=SearchBenchmark -Dmasthead.bench=true} (add MASTHEAD_TEST_POSTGRES_URL
 * for PostgreSQL).
 */
@EnabledIfSystemProperty(named = "masthead.bench", matches = "true")
class SearchBenchmark {
    private static final int STORIES = 10_000;
    private static final int WRITERS = 500;
    private static final int WORDS_PER_STORY = 800;
    private static final int VOCABULARY = 5_000;
    private static final int SEARCHES = 2_000;

    @Test
    void rebuildAndSearch() throws Exception {
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random);
        try (TestSite site = TestSite.start(builder -> builder.jobTick(Duration.ofMillis(200)))) {
            Client admin = site.admin();
            // The index built at start, before the stories are written behind the engine's back (no outbox events).
            SearchTest.eventually("built at start", () -> admin.get("/api/v1/admin/search").json().has("rebuiltAt"));
            long generating = System.nanoTime();
            generate(site, vocabulary, random);
            System.out.printf("generated %,d stories by %d writers in %.1f s%n", STORIES, WRITERS,
                    (System.nanoTime() - generating) / 1e9);

            String before = admin.get("/api/v1/admin/search").json().get("rebuiltAt").asText();
            admin.postJson("/api/v1/admin/search/rebuild", "{}").assertStatus(202);
            SearchTest.eventually("rebuilt", Duration.ofMinutes(10), () -> !admin.get("/api/v1/admin/search").json().get("rebuiltAt").asText()
                    .equals(before));
            JsonNode status = admin.get("/api/v1/admin/search").json();
            assertEquals(STORIES, status.get("documents").get("story").asInt(), status.toString());
            long bytes;
            try (var files = Files.walk(site.dataDir().resolve("search"))) {
                bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
            System.out.printf("rebuild: %,d ms for %s; index %,d MB%n", status.get("rebuildMillis").asLong(),
                    status.get("documents"), bytes >> 20);

            List<String> queries = queries(vocabulary, random);
            Client reader = site.client();
            for (String query : queries.subList(0, 300)) {
                search(reader, query, "stories");
            }
            long[] stories = measure(reader, queries, "stories");
            report("stories, 1 client", stories);
            String[] kinds = {"one common word", "two words", "a rare word", "a phrase", "a prefix"};
            for (int kind = 0; kind < kinds.length; kind++) {
                int first = kind;
                report("  of which " + kinds[kind], IntStream.range(0, stories.length).filter(i -> i % 5 == first)
                        .mapToLong(i -> stories[i]).toArray());
            }
            report("people, 1 client", measure(reader, queries, "people"));
            report("tags, 1 client", measure(reader, queries, "tags"));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            long started = System.nanoTime();
            List<Future<long[]>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> measure(site.client(), queries, "stories")));
            }
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                long[] micros = run.get();
                long[] merged = Arrays.copyOf(all, all.length + micros.length);
                System.arraycopy(micros, 0, merged, all.length, micros.length);
                all = merged;
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            report(String.format("stories, 4 clients, %.0f searches/s", all.length / seconds), all);

            // The index alone, in process: a copy of its last commit, searched without HTTP or the database.
            Path copy = Files.createTempDirectory("masthead-search-copy-");
            Files.createDirectories(copy.resolve("search"));
            try (var files = Files.list(site.dataDir().resolve("search"))) {
                for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList()) {
                    Files.copy(file, copy.resolve("search").resolve(file.getFileName()));
                }
            }
            try (SearchIndex index = new SearchIndex(copy)) {
                long[] micros = new long[queries.size()];
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < queries.size(); i++) {
                        long started2 = System.nanoTime();
                        index.search(SearchIndex.Kind.STORY, queries.get(i), 20);
                        micros[i] = (System.nanoTime() - started2) / 1_000;
                    }
                }
                report("stories, index only (in process)", micros);
            } finally {
                try (var files = Files.walk(copy)) {
                    for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** Pseudo-words with a Zipf-like use: the first words of the list are drawn far more often. */
    private static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, length = 3 + random.nextInt(7); i < length; i++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        return words;
    }

    private static String word(List<String> vocabulary, Random random) {
        return vocabulary.get((int) Math.min(VOCABULARY - 1, Math.floor(Math.pow(VOCABULARY, random.nextDouble())) - 1));
    }

    private static void generate(TestSite site, List<String> vocabulary, Random random) throws SQLException {
        try (Connection connection = connect(site)) {
            connection.setAutoCommit(false);
            long now = System.currentTimeMillis();
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO app_user (public_id, username,"
                    + " email, display_name, bio, password_hash, staff_role, created_at) VALUES (?, ?, ?, ?, ?, 'x', 'NONE', ?)")) {
                for (int i = 0; i < WRITERS; i++) {
                    user.setString(1, String.format("b%011x", i));
                    user.setString(2, "writer_" + i);
                    user.setString(3, "writer" + i + "@bench.example");
                    user.setString(4, capitalized(word(vocabulary, random)) + " " + capitalized(word(vocabulary, random)));
                    user.setString(5, sentence(vocabulary, random, 12));
                    user.setLong(6, now);
                    user.addBatch();
                }
                user.executeBatch();
            }
            List<Long> writers = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT id FROM app_user WHERE username LIKE 'writer%'")) {
                while (rows.next()) {
                    writers.add(rows.getLong(1));
                }
            }
            try (PreparedStatement story = connection.prepareStatement("INSERT INTO story (public_id, author_id, title,"
                    + " subtitle, slug, content_format, content, body_html, word_count, status, created_at, updated_at,"
                    + " first_published_at, latest_published_at) VALUES (?, ?, ?, ?, ?, 'html', ?, ?, ?, 'PUBLISHED',"
                    + " ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement tag = connection.prepareStatement(
                         "INSERT INTO story_tag (story_id, tag, tag_order) VALUES (?, ?, ?)")) {
                for (int i = 0; i < STORIES; i++) {
                    String title = capitalized(sentence(vocabulary, random, 6));
                    StringBuilder body = new StringBuilder();
                    for (int paragraph = 0; paragraph < WORDS_PER_STORY / 80; paragraph++) {
                        body.append("<p>").append(capitalized(sentence(vocabulary, random, 80))).append(".</p>\n");
                    }
                    story.setString(1, String.format("%012x", 0xa00000000L + i));
                    story.setLong(2, writers.get(random.nextInt(writers.size())));
                    story.setString(3, title);
                    story.setString(4, capitalized(sentence(vocabulary, random, 10)));
                    story.setString(5, title.toLowerCase().replace(' ', '-'));
                    story.setString(6, body.toString());
                    story.setString(7, body.toString());
                    story.setInt(8, WORDS_PER_STORY);
                    long published = now - (STORIES - i) * 60_000L;
                    for (int column = 9; column <= 12; column++) {
                        story.setLong(column, published);
                    }
                    story.executeUpdate();
                    long id;
                    try (var keys = story.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    List<String> tags = new ArrayList<>();
                    while (tags.size() < 3) {
                        String candidate = vocabulary.get(random.nextInt(200));
                        if (!tags.contains(candidate)) {
                            tags.add(candidate);
                        }
                    }
                    for (int order = 0; order < tags.size(); order++) {
                        tag.setLong(1, id);
                        tag.setString(2, tags.get(order));
                        tag.setInt(3, order);
                        tag.addBatch();
                    }
                    if (i % 500 == 499) {
                        tag.executeBatch();
                        connection.commit();
                    }
                }
                tag.executeBatch();
                connection.commit();
            }
            // A live database keeps its statistics current (PostgreSQL's autovacuum, Derby's statistics daemon);
            // rows written in bulk a moment ago are not in them yet, and stale ones pick table scans.
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("APP_USER", "STORY", "STORY_TAG")) {
                    statement.execute(site.database().schema() != null ? "ANALYZE " + table.toLowerCase()
                            : "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('MASTHEAD', '" + table + "', NULL)");
                }
            }
            connection.commit();
        }
    }

    private static Connection connect(TestSite site) throws SQLException {
        TestSite.TestDatabase database = site.database();
        if (database.schema() != null) {
            return DriverManager.getConnection(database.url(), database.user(), "");
        }
        Connection connection = DriverManager.getConnection("jdbc:derby:" + site.dataDir().resolve("db").toAbsolutePath(),
                database.user(), "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SCHEMA MASTHEAD");
        }
        return connection;
    }

    private static String sentence(List<String> vocabulary, Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(word(vocabulary, random));
        }
        return sentence.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One-word, two-word, rare-word, phrase and prefix searches, mixed. */
    private static List<String> queries(List<String> vocabulary, Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            queries.add(switch (i % 5) {
                case 0 -> word(vocabulary, random);
                case 1 -> word(vocabulary, random) + " " + word(vocabulary, random);
                case 2 -> vocabulary.get(random.nextInt(VOCABULARY));
                case 3 -> "\"" + word(vocabulary, random) + " " + word(vocabulary, random) + "\"";
                default -> vocabulary.get(random.nextInt(VOCABULARY)).substring(0, 3) + "*";
            });
        }
        return queries;
    }

    private static int search(Client client, String query, String type) {
        return client.get("/api/v1/search?type=" + type + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .assertStatus(200).json().get("results").size();
    }

    private static long[] measure(Client client, List<String> queries, String type) {
        long[] micros = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long started = System.nanoTime();
            search(client, queries.get(i), type);
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        return micros;
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%-40s %,6d searches  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(long[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile * sorted.length) - 1)] / 1000.0;
    }
}
