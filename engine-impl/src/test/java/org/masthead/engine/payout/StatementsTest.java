package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/**
 * Monthly payout runs over HTTP, in cents: March pays ana (36, over the 20 minimum) and carries ben's 14 over; then
 * mia's membership is refunded in full on April 1, so April's run takes back what March's days paid (ana -36, ben
 * -14 against his 14 carried in).
 */
class StatementsTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private static TestSite site;
    private static MemberReading.Day day;

    @BeforeAll
    static void payMarch() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
        day = new MemberReading(site, CLOCK).theWorkedDay();
        day.admin().postJson("/api/v1/admin/payout-runs", "{\"month\":\"2026-03\"}").assertError(409,
                "month_not_over");
        paidUpTo("2026-04-01T01:00:00Z", 30);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Moves the clock to {@code instant} and waits for the payout job to have paid {@code days} days. */
    private static void paidUpTo(String instant, int days) {
        CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse(instant)));
        MemberReading.await(() -> site.count("SELECT COUNT(*) FROM payout_day WHERE state = 'DONE'") == days,
                "the payout job");
    }

    @Test
    void aMonthIsStatedApprovedExportedAndAFullRefundIsTakenBackInTheNext() {
        Client admin = day.admin();
        admin.putJson("/api/v1/admin/payout-settings", "{\"minimumPayout\":{\"USD\":20,\"EUR\":100}}")
                .assertStatus(200);

        JsonNode march = admin.postJson("/api/v1/admin/payout-runs", "{\"month\":\"2026-03\"}").assertStatus(201)
                .json();
        assertEquals("draft", march.get("state").asText());
        assertEquals("2026-03-01", march.get("from").asText());
        assertEquals("2026-03-31", march.get("to").asText());
        assertEquals("ana USD earned 36 adjusted 0 in 0 min 20 paid 36 out 0", statement(march, "ana"));
        assertEquals("ben USD earned 14 adjusted 0 in 0 min 20 paid 0 out 14", statement(march, "ben"));
        JsonNode usd = march.get("totals").get(0);
        assertEquals(36, usd.get("payable").asLong());
        assertEquals(1, usd.get("writersPaid").asLong());
        assertEquals(14, usd.get("carriedOut").asLong());

        admin.get("/api/v1/admin/payout-runs/2026-03/export.csv").assertError(409, "not_approved");
        assertEquals(0, day.ana().get("/api/v1/me/statements").json().size(), "a draft is not the writer's yet");
        JsonNode approved = admin.postJson("/api/v1/admin/payout-runs/2026-03/approve", "").assertStatus(200).json();
        assertEquals("approved", approved.get("state").asText());
        assertEquals("admin", approved.get("approvedBy").asText());
        admin.postJson("/api/v1/admin/payout-runs/2026-03/approve", "").assertError(409, "run_approved");
        admin.postJson("/api/v1/admin/payout-runs", "{\"month\":\"2026-03\"}").assertError(409, "run_approved");
        admin.delete("/api/v1/admin/payout-runs/2026-03").assertError(409, "run_approved");

        Client.Reply csv = admin.get("/api/v1/admin/payout-runs/2026-03/export.csv").assertStatus(200);
        assertEquals("month,writer_id,username,currency,amount,amount_minor\r\n2026-03," + id(day.ana())
                + ",ana,USD,0.36,36\r\n", csv.body());
        assertEquals("text/csv;charset=UTF-8", csv.header("Content-Type"));
        JsonNode anas = day.ana().get("/api/v1/me/statements").assertStatus(200).json();
        assertEquals(36, anas.get(0).get("payable").asLong());
        assertEquals("0.36 USD", anas.get(0).get("display").asText());

        String page = day.ana().get("/me/earnings?month=2026-03").assertStatus(200).body();
        assertTrue(page.contains("Ana&#39;s long read") || page.contains("Ana's long read"), page);
        assertTrue(page.contains("0.36 USD") && page.contains("180 seconds of member reading"), page);
        day.ana().get("/me/earnings?month=March").assertStatus(400);

        String dashboard = admin.get("/admin").assertStatus(200).body();
        assertTrue(dashboard.contains("30.42 USD") && dashboard.contains("monthly recurring revenue"),
                "365.00 USD a year is 30.42 USD a month: " + dashboard);

        JsonNode refunded = admin.postJson("/api/v1/admin/memberships/" + day.membershipId() + "/refund",
                "{\"full\":true}").assertStatus(200).json();
        assertEquals("refunded", refunded.get("state").asText());
        assertEquals("2026-03-02", refunded.get("to").asText(), "a full refund voids the period from its start");
        assertEquals(-50, site.count("SELECT SUM(amount_minor) FROM earnings_adjustment WHERE day = "
                + LocalDate.parse("2026-04-01").toEpochDay()));
        assertTrue(day.ana().get("/me/earnings?month=2026-04").body().contains("refund of membership "
                + day.membershipId() + ", paid on 2026-03-02"));
        assertEquals(-36, day.ana().get("/api/v1/me/earnings?from=2026-04-01&to=2026-04-30").json()
                .get("adjustments").get(0).get("amount").asLong());
        assertEquals(36, site.count("SELECT SUM(amount_minor) FROM earnings_line WHERE writer_id = (SELECT id FROM"
                + " app_user WHERE username = 'ana')"), "the ledger is append-only");

        paidUpTo("2026-05-01T01:00:00Z", 60);
        admin = site.admin(); // a new session: the last one expired in the month that passed
        JsonNode april = admin.postJson("/api/v1/admin/payout-runs", "{\"month\":\"2026-04\"}").assertStatus(201)
                .json();
        assertEquals("2026-04-01", april.get("from").asText());
        assertEquals("ana USD earned 0 adjusted -36 in 0 min 20 paid 0 out -36", statement(april, "ana"));
        assertEquals("ben USD earned 0 adjusted -14 in 14 min 20 paid 0 out 0", statement(april, "ben"));
        admin.postJson("/api/v1/admin/payout-runs/2026-04/approve", "").assertStatus(200);
        assertEquals("month,writer_id,username,currency,amount,amount_minor\r\n",
                admin.get("/api/v1/admin/payout-runs/2026-04/export.csv").assertStatus(200).body());
        assertEquals(2, admin.get("/api/v1/admin/payout-runs").assertStatus(200).json().size());
        String audit = admin.get("/api/v1/admin/audit?action=payout.run-approved").assertStatus(200).body();
        assertTrue(audit.contains("2026-03") && audit.contains("2026-04"), audit);
    }

    @Test
    void runsAreMadeInOrderByAdminsOnlyAndBadInputIsRefused() {
        Client admin = site.admin();
        admin.postJson("/api/v1/admin/payout-runs", "{\"month\":\"March\"}").assertError(400, "invalid_month");
        admin.postJson("/api/v1/admin/payout-runs", "{\"month\":\"+999999-01\"}").assertError(400, "invalid_month");
        admin.postJson("/api/v1/admin/payout-runs", "").assertError(400, "missing_body");
        admin.get("/api/v1/admin/payout-runs/2025-01").assertStatus(404);
        admin.putJson("/api/v1/admin/payout-settings", "{\"minimumPayout\":{\"XYZ\":1}}")
                .assertError(400, "invalid_settings");
        admin.putJson("/api/v1/admin/payout-settings", "{\"minimumPayout\":{\"USD\":-1}}")
                .assertError(400, "invalid_settings");
        Client writer = site.newUser("wendy");
        writer.get("/api/v1/admin/payout-runs").assertStatus(403);
        writer.postJson("/api/v1/admin/payout-runs", "{\"month\":\"2026-03\"}").assertStatus(403);
        writer.get("/api/v1/admin/payout-runs/2026-03/export.csv").assertStatus(403);
        site.client().get("/api/v1/me/statements").assertStatus(401);
    }

    private static String statement(JsonNode run, String writer) {
        for (JsonNode s : run.get("statements")) {
            if (s.get("writer").asText().equals(writer)) {
                return writer + " " + s.get("currency").asText() + " earned " + s.get("earned").asLong()
                        + " adjusted " + s.get("adjusted").asLong() + " in " + s.get("carriedIn").asLong()
                        + " min " + s.get("minimum").asLong() + " paid " + s.get("payable").asLong()
                        + " out " + s.get("carriedOut").asLong();
            }
        }
        return writer + " has no statement";
    }

    private static String id(Client person) {
        return person.get("/api/v1/me").json().get("id").asText();
    }
}
