package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
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
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private static TestSite site;
    private static Client admin;
    private static Client ana;
    private static Client ben;

    @BeforeAll
    static void read() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
        MemberReading.Day day = new MemberReading(site, CLOCK).theWorkedDay();
        admin = day.admin();
        ana = day.ana();
        ben = day.ben();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void dayIsPaid() {
        if (site.count("SELECT COUNT(*) FROM payout_day") == 0) {
            admin.postJson("/api/v1/admin/payouts/2026-03-02/run", "").assertError(409, "day_not_over");
            // 01:00 UTC the next day: the grace for late beacons is over.
            CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2026-03-03T01:00:00Z")));
            MemberReading.await(() -> site.count("SELECT COUNT(*) FROM payout_day WHERE state = 'DONE'") == 1,
                    "the payout run");
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
