package org.masthead.engine.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/**
 * The reading beacon over HTTP, on a clock the test moves: story pages issue view tokens, beacons credit reading
 * time under the caps, the fold counts views, reads and presentations, and the stats API reports exact numbers.
 */
class ReadingTest {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final Pattern VIEW_TOKEN = Pattern.compile("data-view-token=\"([^\"]*)\"");
    private static final String ALL_OF_2024 = "?from=2024-01-01&to=2024-12-31";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    private static TestSite site;
    private static Client writer;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100))
                .readingViewWindow(Duration.ofMinutes(30)));
        writer = site.newUser("writer");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    // ---- helpers

    /** A published story of {@code words} words by {@code author}: its public id and page path. */
    private record Story(String id, String path, int words) {
    }

    private static Story publish(Client author, int words) {
        String content = "word ".repeat(words).strip();
        String id = author.postJson("/api/v1/stories", "{\"title\":\"A story of " + words + " words\",\"content\":\""
                + content + "\"}").assertStatus(201).json().get("id").asText();
        JsonNode published = author.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json();
        return new Story(id, published.get("url").asText(), published.get("wordCount").asInt());
    }

    private static Client.Reply page(Client reader, String path, String userAgent, String referer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(reader.base().resolve(path)).GET()
                .header("User-Agent", userAgent);
        if (referer != null) {
            request.header("Referer", referer);
        }
        return reader.send(request).assertStatus(200);
    }

    /** Opens the story page as a browser would and returns its view token. */
    private static String open(Client reader, String path, String referer) {
        return token(page(reader, path, BROWSER, referer));
    }

    private static String open(Client reader, Story story) {
        return open(reader, story.path(), null);
    }

    private static String token(Client.Reply page) {
        Matcher matcher = VIEW_TOKEN.matcher(page.body());
        assertTrue(matcher.find(), page.body());
        return matcher.group(1);
    }

    /** What navigator.sendBeacon sends: text/plain JSON. */
    private static Client.Reply beacon(Client reader, String json, String userAgent) {
        return reader.send(HttpRequest.newBuilder(reader.base().resolve("/api/v1/reading"))
                .header("Content-Type", "text/plain;charset=UTF-8").header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void beat(Client reader, String token, int seconds) {
        beacon(reader, "{\"token\":\"" + token + "\",\"seconds\":" + seconds + "}", BROWSER).assertStatus(204);
    }

    private static void advance(int seconds) {
        CLOCK.advance(Duration.ofSeconds(seconds));
    }

    /** Moves the clock to 10:00 UTC of the next day, for tests about what counts once a day. */
    private static void nextDay() {
        Instant now = CLOCK.instant();
        CLOCK.advance(Duration.between(now, now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(34))));
    }

    /** Waits until the fold job has counted every view and presentation. */
    private static void folded() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (site.count("SELECT COUNT(*) FROM reading_view WHERE pending = 1")
                + site.count("SELECT COUNT(*) FROM reading_presentation") > 0) {
            if (System.nanoTime() > deadline) {
                fail("the reading fold did not run");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode stats(Client author, Story story) {
        folded();
        return author.get("/api/v1/me/stats/stories/" + story.id() + ALL_OF_2024).assertStatus(200).json();
    }

    private static JsonNode totals(Story story) {
        return stats(writer, story).get("totals");
    }

    private static long viewColumn(String column, Story story) {
        return site.count("SELECT SUM(" + column + ") FROM reading_view WHERE story_id = (SELECT id FROM story"
                + " WHERE public_id = '" + story.id() + "')");
    }

    private static void assertCounts(JsonNode counts, long views, long reads, long readingSeconds) {
        assertEquals(views, counts.get("views").asLong(), counts::toString);
        assertEquals(reads, counts.get("reads").asLong(), counts::toString);
        assertEquals(readingSeconds, counts.get("readingSeconds").asLong(), counts::toString);
    }

    // ---- tests

    @Test
    void heartbeatsAddUpToExactReadingTimeAndAReadAtThirtySeconds() {
        Story story = publish(writer, 300);
        Client reader = site.newUser("r_time");
        String token = open(reader, story);
        beat(reader, token, 0);
        for (int seconds = 10; seconds <= 20; seconds += 10) {
            advance(10);
            beat(reader, token, seconds);
        }
        advance(9);
        beat(reader, token, 29);
        JsonNode before = totals(story);
        assertCounts(before, 1, 0, 29);
        assertEquals(0.0, before.get("readRatio").asDouble());

        advance(1);
        beat(reader, token, 30);
        JsonNode read = totals(story);
        assertCounts(read, 1, 1, 30);
        assertEquals(1.0, read.get("readRatio").asDouble());

        advance(10);
        beat(reader, token, 40);
        // The beacon sent on leaving repeats the last heartbeat's total: nothing more.
        beat(reader, token, 40);
        assertCounts(totals(story), 1, 1, 40);
        assertEquals(40, viewColumn("reading_seconds", story));
    }

    @Test
    void readingTimeIsCappedByTheClockThePerBeaconLimitAndTheStorysLength() {
        Story story = publish(writer, 10);
        int cap = ReadingRules.capSeconds(story.words());
        assertEquals(132, cap);
        Client reader = site.newUser("r_caps");
        String token = open(reader, story);
        advance(5);
        beat(reader, token, 20);
        assertEquals(5, viewColumn("reading_seconds", story), "no more than the time since the page was rendered");
        advance(35);
        beat(reader, token, 1_000);
        assertEquals(35, viewColumn("reading_seconds", story), "at most 30 seconds per beacon");
        for (int i = 1; i <= 6; i++) {
            advance(30);
            beat(reader, token, 1_000 + 30 * i);
        }
        assertEquals(cap, viewColumn("reading_seconds", story), "at most the story's cap");
        assertCounts(totals(story), 1, 1, cap);
    }

    @Test
    void botsAreNeitherGivenTokensNorCounted() {
        Story story = publish(writer, 200);
        assertEquals("", token(page(site.client(), story.path(), GOOGLEBOT, null)));
        assertTrue(page(site.client(), story.path(), GOOGLEBOT, null).header("Set-Cookie") == null,
                "no reader cookie for a bot");

        Client reader = site.client();
        String token = open(reader, story);
        beacon(reader, "{\"token\":\"" + token + "\",\"seconds\":0}", "curl/8.5.0").assertStatus(204);
        advance(40);
        beacon(reader, "{\"token\":\"" + token + "\",\"seconds\":30}", GOOGLEBOT).assertStatus(204);
        folded();
        assertEquals(0, site.count("SELECT COUNT(*) FROM reading_view WHERE story_id = (SELECT id FROM story"
                + " WHERE public_id = '" + story.id() + "')"));
        assertCounts(totals(story), 0, 0, 0);

        beat(reader, token, 30);
        assertCounts(totals(story), 1, 1, 30);
    }

    @Test
    void membersReadingTimeIsKeptApartFromEveryoneElses() {
        Story story = publish(writer, 400);
        Client member = site.newUser("r_member");
        site.database().execute("UPDATE app_user SET member_until = " + CLOCK.instant().plus(Duration.ofDays(30))
                .toEpochMilli() + " WHERE username = 'r_member'", site.dataDir());
        Client nonMember = site.newUser("r_plain");
        Client anonymous = site.client();
        Client.Reply anonymousPage = page(anonymous, story.path(), BROWSER, null);
        String cookie = anonymousPage.header("Set-Cookie");
        assertTrue(cookie.startsWith(PageViews.READER_COOKIE + "=") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax"), cookie);
        List<Client> readers = List.of(member, nonMember, anonymous);
        List<String> tokens = List.of(open(member, story), open(nonMember, story), token(anonymousPage));
        for (int i = 0; i < 3; i++) {
            beat(readers.get(i), tokens.get(i), 0);
        }
        for (int seconds = 10; seconds <= 30; seconds += 10) {
            advance(10);
            for (int i = 0; i < 3; i++) {
                beat(readers.get(i), tokens.get(i), seconds);
            }
        }
        advance(10);
        beat(member, tokens.get(0), 40);
        beat(nonMember, tokens.get(1), 35);
        beat(anonymous, tokens.get(2), 31);

        JsonNode totals = totals(story);
        assertCounts(totals, 3, 3, 106);
        assertEquals(40, totals.get("memberReadingSeconds").asLong());
        assertEquals(1, totals.get("memberReads").asLong());
        String ofStory = " AND story_id = (SELECT id FROM story WHERE public_id = '" + story.id() + "')";
        assertEquals(40, site.count("SELECT SUM(member_reading_seconds) FROM reader_daily WHERE is_member = TRUE"
                + ofStory));
        assertEquals(1, site.count("SELECT COUNT(*) FROM reader_daily WHERE is_member = TRUE AND is_read = TRUE"
                + " AND user_id = (SELECT id FROM app_user WHERE username = 'r_member')" + ofStory));
        assertEquals(1, site.count("SELECT COUNT(*) FROM reader_daily WHERE user_id IS NULL AND reading_seconds = 31"
                + ofStory));
        assertEquals(3, site.count("SELECT SUM(readers) FROM story_daily_stats WHERE 1 = 1" + ofStory));
    }

    @Test
    void everyViewKeepsItsSourceAndFeedsReportPresentations() {
        Story story = publish(writer, 200);
        String site127 = site.client().base().resolve("/").toString();
        // A page counts as a view only once its beacon arrives.
        open(site.client(), story.path() + "?source=home", null);
        Map<String, Long> expected = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        for (String[] visit : new String[][] {{"?source=home", "https://elsewhere.example/", "home"},
                {"", "https://News.Example.com/some/article", "external news.example.com"}, {"", null, "direct"},
                {"", site127 + "tag/design", "tag"}, {"?source=friend_link", null, "friend_link"},
                {"?source=bogus", site127 + "@writer", "internal"}}) {
            Client reader = site.client();
            String token = open(reader, story.path() + visit[0], visit[1]);
            beat(reader, token, 0);
            tokens.add(token);
            expected.put(visit[2], 1L);
        }
        Client feedReader = site.client();
        beacon(feedReader, "{\"surface\":\"home\",\"stories\":[\"" + story.id() + "\",\"000000000000\",\"" + story.id()
                + "\"]}", BROWSER).assertStatus(204);
        beacon(feedReader, "{\"surface\":\"tag\",\"stories\":[\"" + story.id() + "\"]}", BROWSER).assertStatus(204);

        JsonNode stats = stats(writer, story);
        assertCounts(stats.get("totals"), 6, 0, 0);
        assertEquals(2, stats.get("totals").get("presentations").asLong());
        Map<String, Long> views = new HashMap<>();
        Map<String, Long> presentations = new HashMap<>();
        for (JsonNode source : stats.get("sources")) {
            String name = (source.get("source").asText() + " " + source.get("referrer").asText()).strip();
            views.put(name, source.get("views").asLong());
            presentations.put(name, source.get("presentations").asLong());
        }
        assertEquals(expected, views);
        assertEquals(1, presentations.get("home"));
        assertEquals(1, presentations.get("tag"));
        assertEquals(tokens.size(), tokens.stream().distinct().count());
    }

    @Test
    void oneViewPerWindowAndOneReadPerDay() {
        nextDay();
        Story story = publish(writer, 500);
        Client reader = site.newUser("r_dedup");
        String first = open(reader, story);
        beat(reader, first, 0);
        beat(reader, first, 0);
        advance(10 * 60);
        String again = open(reader, story);
        beat(reader, again, 0);
        assertCounts(totals(story), 1, 0, 0);

        advance(25 * 60);
        String later = open(reader, story);
        beat(reader, later, 0);
        advance(30);
        beat(reader, later, 30);
        assertCounts(totals(story), 2, 1, 30);

        advance(40 * 60);
        String evening = open(reader, story);
        beat(reader, evening, 0);
        advance(30);
        beat(reader, evening, 30);
        JsonNode totals = totals(story);
        assertCounts(totals, 3, 1, 60);
        assertEquals(1, site.count("SELECT SUM(readers) FROM story_daily_stats WHERE story_id = (SELECT id FROM story"
                + " WHERE public_id = '" + story.id() + "')"));

        nextDay();
        String tomorrow = open(reader, story);
        beat(reader, tomorrow, 0);
        advance(30);
        beat(reader, tomorrow, 30);
        JsonNode days = stats(writer, story).get("days");
        long readDays = 0;
        for (JsonNode day : days) {
            readDays += day.get("counts").get("reads").asLong();
        }
        assertEquals(2, readDays);
        assertCounts(totals(story), 4, 2, 90);
    }

    @Test
    void theBeaconRefusesWhatItCannotTrust() {
        Story story = publish(writer, 200);
        Client reader = site.newUser("r_checks");
        // navigator.sendBeacon cannot send the CSRF header: the token is the beacon's proof instead.
        reader.dropCsrfToken();
        String token = open(reader, story);
        beat(reader, token, 0);
        advance(5);
        reader.send(HttpRequest.newBuilder(reader.base().resolve("/api/v1/reading"))
                .header("Content-Type", "application/json").header("User-Agent", BROWSER)
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\",\"seconds\":5}")))
                .assertStatus(204);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        beacon(reader, "{\"token\":\"" + tampered + "\"}", BROWSER).assertError(400, "invalid_view_token");
        beacon(reader, "{\"token\":\"abc.def\"}", BROWSER).assertError(400, "invalid_view_token");
        beacon(reader, "{\"token\":\"" + token + "\",\"seconds\":-1}", BROWSER).assertError(400, "invalid_seconds");
        beacon(reader, "{\"token\":\"" + token + "\",\"other\":1}", BROWSER).assertError(400, "malformed_json");
        beacon(reader, "{}", BROWSER).assertError(400, "empty_beacon");
        beacon(reader, "", BROWSER).assertError(400, "missing_body");
        beacon(reader, "seconds=5", BROWSER).assertError(400, "malformed_json");
        beacon(reader, "{\"surface\":\"nowhere\",\"stories\":[\"" + story.id() + "\"]}", BROWSER)
                .assertError(400, "invalid_surface");
        beacon(reader, "{\"surface\":\"home\",\"stories\":[\"<b>\"]}", BROWSER).assertError(400, "invalid_stories");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add("\"" + String.format("%012x", i) + "\"");
        }
        beacon(reader, "{\"surface\":\"home\",\"stories\":[" + String.join(",", ids) + "]}", BROWSER)
                .assertError(400, "invalid_stories");

        // The writer reading their own story is not a reader; neither is a page past the token's lifetime.
        assertEquals("", open(writer, story));
        String stale = open(reader, story);
        CLOCK.advance(ReadingRules.TOKEN_LIFETIME.plusSeconds(1));
        beat(reader, stale, 10);
        assertCounts(totals(story), 1, 0, 5);
        assertEquals(1, site.count("SELECT COUNT(*) FROM reading_view WHERE story_id = (SELECT id FROM story"
                + " WHERE public_id = '" + story.id() + "')"));
    }

    @Test
    void writersStatsAddUpTheirStoriesByDayAndSourceLikeTheStoryStats() {
        nextDay();
        Client author = site.newUser("w_stats");
        Story read = publish(author, 200);
        Story glanced = publish(author, 200);
        author.postJson("/api/v1/stories", "{\"title\":\"A draft\",\"content\":\"Not yet.\"}").assertStatus(201);
        Client reader = site.newUser("r_stats");
        String token = open(reader, read.path() + "?source=search", null);
        String other = open(reader, glanced.path() + "?source=search", null);
        beat(reader, token, 0);
        beat(reader, other, 0);
        advance(30);
        beat(reader, token, 30);
        beat(reader, other, 12);
        folded();

        String today = CLOCK.instant().toString().substring(0, 10);
        JsonNode stats = author.get("/api/v1/me/stats").assertStatus(200).json();
        assertEquals(today, stats.get("to").asText());
        assertEquals(30, stats.get("days").size());
        assertCounts(stats.get("totals"), 2, 1, 42);
        assertEquals(0.5, stats.get("totals").get("readRatio").asDouble());
        JsonNode lastDay = stats.get("days").get(29);
        assertEquals(today, lastDay.get("date").asText());
        assertCounts(lastDay.get("counts"), 2, 1, 42);
        assertCounts(stats.get("days").get(28).get("counts"), 0, 0, 0);
        assertEquals(1, stats.get("sources").size());
        assertEquals("search", stats.get("sources").get(0).get("source").asText());
        assertEquals(2, stats.get("sources").get(0).get("views").asLong());
        assertEquals(2, stats.get("stories").size(), "published stories only");
        assertEquals(read.id(), stats.get("stories").get(0).get("id").asText());
        assertCounts(stats.get("stories").get(0).get("counts"), 1, 1, 30);
        assertCounts(stats.get("stories").get(1).get("counts"), 1, 0, 12);

        JsonNode one = author.get("/api/v1/me/stats?from=" + today + "&to=" + today).assertStatus(200).json();
        assertEquals(1, one.get("days").size());
        JsonNode storyStats = author.get("/api/v1/stories/" + read.id() + "/stats").assertStatus(200).json();
        assertEquals(1, storyStats.get("views").asLong());
        assertEquals(1, storyStats.get("reads").asLong());
        assertEquals(30, storyStats.get("readingSeconds").asLong());

        site.client().get("/api/v1/me/stats").assertError(401, "unauthorized");
        reader.get("/api/v1/me/stats/stories/" + read.id()).assertError(403, "forbidden");
        author.get("/api/v1/me/stats/stories/000000000000").assertError(404, "not_found");
        author.get("/api/v1/me/stats?from=2024-13-01").assertError(400, "invalid_date");
        author.get("/api/v1/me/stats?from=2024-03-02&to=2024-03-01").assertError(400, "invalid_range");
        author.get("/api/v1/me/stats?from=2023-01-01&to=2024-01-02").assertError(400, "invalid_range");
        assertEquals(0, reader.get("/api/v1/me/stats").assertStatus(200).json().get("stories").size());
    }
}
