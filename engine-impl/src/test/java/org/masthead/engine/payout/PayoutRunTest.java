package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/**
 * Membership to money over HTTP: an admin comps a yearly membership, the member reads two writers' member-only
 * stories through the reading beacon, and once the day is over the payout job writes the ledger the writers see,
 * exact to the cent; a second run adds nothing, and a simulation compares the flat-per-read model.
 *
 * <p>The figures: 365.00 USD a year from 2026-03-02 is 100 cents a day; half (50) is the writers' pool. Ana's story
 * was read 180 s and clapped: (3 minutes + 1 clap) x read ratio 1/2 / pivot 0.5 = 4 points. Ben's was read 60 s
 * by its only reader: 1 minute x (1/1 / 0.5, capped at 1.5) = 1.5 points. 50 x 4/5.5 = 36.36 and 50 x 1.5/5.5 =
 * 13.64: floors 36 and 13, and the cent left goes to the larger remainder, Ben's: 36 and 14.
 */
class PayoutRunTest {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36";
    private static final Pattern VIEW_TOKEN = Pattern.compile("data-view-token=\"([^\"]*)\"");
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private static TestSite site;
    private static Client admin;
    private static Client ana;
    private static Client ben;

    @BeforeAll
    static void read() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
        admin = site.admin();
        ana = site.newUser("ana");
        ben = site.newUser("ben");
        Client member = site.newUser("mia");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"yearly\",\"name\":\"Yearly\",\"period\":\"yearly\","
                + "\"price\":36500,\"currency\":\"USD\"}").assertStatus(201);
        JsonNode granted = admin.postJson("/api/v1/admin/memberships", "{\"user\":\"mia\",\"plan\":\"yearly\","
                + "\"reference\":\"invoice 7\"}").assertStatus(201).json();
        assertEquals("2027-03-02", granted.get("to").asText());
        assertTrue(member.get("/api/v1/me/membership").assertStatus(200).json().get("member").asBoolean());

        String[] anas = publish(ana, "Ana's long read");
        String[] bens = publish(ben, "Ben's short read");
        read(member, anas[1], 180);
        member.postJson("/api/v1/stories/" + anas[0] + "/claps", "{\"count\":1,\"requestId\":\"clap-0001\"}")
                .assertStatus(200);
        read(member, bens[1], 60);
        read(site.client(), anas[1], 10);
        folded();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String[] publish(Client writer, String title) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"memberOnly\":true,"
                + "\"content\":\"" + "word ".repeat(1000).strip() + "\"}").assertStatus(201).json().get("id").asText();
        String url = writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json().get("url")
                .asText();
        return new String[] {id, url};
    }

    /** Opens the story page and reads it for {@code seconds}, one beacon per 10 seconds of the test's clock. */
    private static void read(Client reader, String path, int seconds) {
        String page = reader.send(HttpRequest.newBuilder(reader.base().resolve(path)).GET()
                .header("User-Agent", BROWSER)).assertStatus(200).body();
        Matcher token = VIEW_TOKEN.matcher(page);
        assertTrue(token.find(), "a view token");
        for (int at = 10; at <= seconds; at += 10) {
            CLOCK.advance(Duration.ofSeconds(10));
            reader.send(HttpRequest.newBuilder(reader.base().resolve("/api/v1/reading"))
                    .header("Content-Type", "text/plain;charset=UTF-8").header("User-Agent", BROWSER)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token.group(1) + "\",\"seconds\":"
                            + at + "}"))).assertStatus(204);
        }
    }

    private static void folded() {
        await(() -> site.count("SELECT COUNT(*) FROM reading_view WHERE pending = 1") == 0, "the reading fold");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void dayIsPaid() {
        if (site.count("SELECT COUNT(*) FROM payout_day") == 0) {
            admin.postJson("/api/v1/admin/payouts/2026-03-02/run", "").assertError(409, "day_not_over");
            // 01:00 UTC the next day: the grace for late beacons is over.
            CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2026-03-03T01:00:00Z")));
            await(() -> site.count("SELECT COUNT(*) FROM payout_day WHERE state = 'DONE'") == 1, "the payout run");
        }
    }

    @Test
    void theDaysDuesReachTheWritersExactlyAndOnlyOnce() {
        dayIsPaid();
        JsonNode anaEarnings = ana.get("/api/v1/me/earnings?from=2026-03-01&to=2026-03-31").assertStatus(200).json();
        assertEquals(36, anaEarnings.get("totals").get("USD").asLong(), anaEarnings::toString);
        JsonNode line = anaEarnings.get("lines").get(0);
        assertEquals("2026-03-02", line.get("day").asText());
        assertEquals("0.36 USD", line.get("display").asText());
        assertEquals(1, line.get("members").asInt());
        assertEquals(180, line.get("readingSeconds").asLong());
        assertEquals(4.0, line.get("points").asDouble(), 1e-9);
        assertEquals(1.0, line.get("detail").get("multipliers").get("readRatio").get("factor").asDouble(), 1e-9);
        assertTrue(line.get("detail").get("reasons").has("engagement"), line::toString);
        JsonNode benEarnings = ben.get("/api/v1/me/earnings?from=2026-03-01&to=2026-03-31").assertStatus(200).json();
        assertEquals(14, benEarnings.get("totals").get("USD").asLong(), benEarnings::toString);

        JsonNode days = admin.get("/api/v1/admin/payouts?from=2026-03-02&to=2026-03-02").assertStatus(200).json();
        assertEquals("done", days.get("days").get(0).get("state").asText());
        assertEquals("payout-partner-program", days.get("days").get(0).get("model").asText());
        assertEquals(1, days.get("days").get(0).get("members").asInt());
        JsonNode remainder = days.get("remainders").get(0);
        assertEquals(100, remainder.get("duesMinor").asLong());
        assertEquals(50, remainder.get("amountMinor").asLong());
        assertEquals(50, days.get("totals").get(0).get("amountMinor").asLong());

        JsonNode again = admin.postJson("/api/v1/admin/payouts/2026-03-02/run", "").assertStatus(200).json();
        assertEquals("done", again.get("state").asText());
        assertEquals(2, site.count("SELECT COUNT(*) FROM earnings_line"));
        assertEquals(100, site.count("SELECT SUM(amount_minor) FROM earnings_line")
                + site.count("SELECT SUM(amount_minor) FROM payout_remainder"));
    }

    @Test
    void aSimulationComparesAnotherModelWriterByWriterAndWritesNothing() {
        dayIsPaid();
        JsonNode report = admin.postJson("/api/v1/admin/payouts/simulations", "{\"plugin\":\"payout-flat-per-read\","
                + "\"from\":\"2026-03-02\",\"to\":\"2026-03-02\"}").assertStatus(200).json();
        assertEquals("payout-partner-program", report.get("activeModel").asText());
        assertEquals(1, report.get("memberDays").asInt());
        JsonNode usd = report.get("currencies").get(0);
        JsonNode first = usd.get("writers").get(0);
        assertEquals("ben", first.get("writer").asText());
        assertEquals(14, first.get("active").asLong());
        assertEquals(25, first.get("simulated").asLong());
        assertEquals(11, first.get("delta").asLong());
        assertEquals(-11, usd.get("writers").get(1).get("delta").asLong());
        assertEquals(0.0, usd.get("simulated").get("gini").asDouble(), 1e-9);
        assertEquals(2, site.count("SELECT COUNT(*) FROM earnings_line"));
    }

    @Test
    void onlyAdminsSeeAndRunPayoutsAndBadInputIsRefused() {
        ana.get("/api/v1/admin/payouts").assertStatus(403);
        site.client().get("/api/v1/me/earnings").assertStatus(401);
        ana.postJson("/api/v1/admin/memberships", "{\"user\":\"ana\",\"plan\":\"yearly\"}").assertStatus(403);
        admin.get("/api/v1/admin/payouts?from=2026-13-01").assertError(400, "invalid_date");
        admin.get("/api/v1/admin/payouts?from=2025-01-01&to=2026-03-02").assertError(400, "invalid_period");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"Bad Code\",\"name\":\"x\",\"period\":\"monthly\","
                + "\"price\":500,\"currency\":\"USD\"}").assertError(400, "invalid_code");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"m\",\"name\":\"x\",\"period\":\"weekly\","
                + "\"price\":500,\"currency\":\"USD\"}").assertError(400, "invalid_period");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"m\",\"name\":\"x\",\"period\":\"monthly\","
                + "\"price\":0,\"currency\":\"USD\"}").assertError(400, "invalid_price");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"m\",\"name\":\"x\",\"period\":\"monthly\","
                + "\"price\":500,\"currency\":\"XYZ\"}").assertError(400, "invalid_currency");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"yearly\",\"name\":\"x\",\"period\":\"monthly\","
                + "\"price\":500,\"currency\":\"USD\"}").assertError(409, "plan_exists");
        admin.postJson("/api/v1/admin/payouts/simulations", "{\"plugin\":\"nope\",\"from\":\"2026-03-02\","
                + "\"to\":\"2026-03-02\"}").assertStatus(400);
        assertEquals(1, site.count("SELECT COUNT(*) FROM membership_plan"));
    }
}
