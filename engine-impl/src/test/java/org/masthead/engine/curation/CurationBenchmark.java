package org.masthead.engine.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/**
 * The figures in docs/curation.md and docs/performance.md: what the automatic Distribution Standards check costs
 * at publish as a site grows to 10,000 stories, of which some are near-copies of others. Runs only when asked:
 * {@code mvn test -pl engine-impl -Dtest=CurationBenchmark -Dmasthead.bench=true} (add MASTHEAD_TEST_POSTGRES_URL
 * for PostgreSQL).
 */
@EnabledIfSystemProperty(named = "masthead.bench", matches = "true")
class CurationBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STORIES = 10_000;
    private static final int BUCKET = 1_000;
    private static final int WRITERS = 4;
    private static final int WORDS = 400;
    private static final int VOCABULARY = 5_000;
    /** One story in this many is a lightly edited copy of an earlier one. */
    private static final int COPY_EVERY = 25;

    @Test
    void checkAtPublishAsTheSiteGrows() throws Exception {
        Random random = new Random(7);
        List<String> vocabulary = vocabulary(random);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            texts.add(i > 0 && i % COPY_EVERY == 0 ? edited(texts.get(random.nextInt(i)), vocabulary, random)
                    : text(vocabulary, random));
        }
        long[] signing = new long[1_000];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < signing.length; i++) {
                long started = System.nanoTime();
                MinHash.signature(texts.get(i));
                signing[i] = (System.nanoTime() - started) / 1_000;
            }
        }
        report("MinHash signature of a " + WORDS + "-word story (in process)", signing);

        try (TestSite site = TestSite.start()) {
            List<Client> writers = IntStream.range(0, WRITERS).mapToObj(i -> site.newUser("benchwriter" + i)).toList();
            long[] publishMicros = new long[STORIES];
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            long started = System.nanoTime();
            for (int from = 0; from < STORIES; from += BUCKET) {
                List<Future<?>> runs = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    int first = from;
                    runs.add(pool.submit(() -> {
                        for (int i = first + writer; i < first + BUCKET; i += WRITERS) {
                            publishMicros[i] = publish(writers.get(writer), "Story " + i, texts.get(i));
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
                report(String.format("publish, stories %,d to %,d", from + 1, from + BUCKET),
                        Arrays.copyOfRange(publishMicros, from, from + BUCKET));
            }
            pool.shutdown();
            System.out.printf("published %,d stories in %.0f s%n", STORIES, (System.nanoTime() - started) / 1e9);
            System.out.printf("near-duplicates found: %,d of %,d copies; stories with a signature: %,d%n",
                    site.count("SELECT COUNT(*) FROM curation_decision WHERE reasons LIKE '%near-duplicate%'"),
                    STORIES / COPY_EVERY, site.count("SELECT COUNT(*) FROM story_minhash"));
            System.out.printf("band keys: %,d; largest band bucket: %,d stories%n",
                    site.count("SELECT COUNT(DISTINCT band_key) FROM story_lsh_band"),
                    site.count("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM story_lsh_band GROUP BY band_key) b"));
        }
    }

    /** Microseconds of the publish call alone (the check runs inside it); the draft is written first. */
    private static long publish(Client writer, String title, String text) throws Exception {
        String id = writer.postJson("/api/v1/stories", JSON.writeValueAsString(java.util.Map.of("title", title,
                "content", text, "tags", List.of("bench")))).assertStatus(201).json().get("id").asText();
        long started = System.nanoTime();
        writer.postJson("/api/v1/stories/" + id + "/publish", "{}").assertStatus(200);
        return (System.nanoTime() - started) / 1_000;
    }

    /** Pseudo-words drawn with a skew, so that common words and word triples recur across stories. */
    private static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, length = 2 + random.nextInt(8); i < length; i++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        return words;
    }

    private static String text(List<String> vocabulary, Random random) {
        return IntStream.range(0, WORDS).mapToObj(i -> word(vocabulary, random)).collect(Collectors.joining(" "));
    }

    private static String word(List<String> vocabulary, Random random) {
        double u = random.nextDouble();
        return vocabulary.get((int) (u * u * u * vocabulary.size()));
    }

    /** A copy with one word in fifty replaced: about 0.89 alike by word triples, above the 0.8 threshold. */
    private static String edited(String original, List<String> vocabulary, Random random) {
        String[] words = original.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(50) == 0) {
                words[i] = word(vocabulary, random);
            }
        }
        return String.join(" ", words);
    }

    private static void report(String label, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%-55s median %,7d µs  p95 %,7d µs  p99 %,7d µs%n", label, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)], sorted[(int) (sorted.length * 0.99)]);
    }
}
