package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** Only member-only stories of writers in the Partner Program, without an earning block, earn. */
class EarningEligibilityTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aBlockedStoryAndAWriterWhoLeftEarnNothing() {
        Client admin = site.admin();
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"yearly\",\"name\":\"Yearly\",\"period\":\"yearly\","
                + "\"price\":36500,\"currency\":\"USD\"}").assertStatus(201);
        Client mia = site.newUser("mia");
        admin.postJson("/api/v1/admin/memberships", "{\"user\":\"mia\",\"plan\":\"yearly\"}").assertStatus(201);
        Client ana = site.newPartner("ana");
        Client leo = site.newPartner("leo");
        MemberReading reading = new MemberReading(site, CLOCK);
        String[] earns = reading.publish(ana, "Earns");
        String[] blocked = reading.publish(ana, "Undisclosed machine writing");
        String[] left = reading.publish(leo, "Written before leaving");

        ana.putJson("/api/v1/curation/stories/" + blocked[0] + "/earning", "{\"eligible\":false,"
                + "\"reason\":\"undisclosed-ai\"}").assertStatus(403);
        admin.putJson("/api/v1/curation/stories/" + blocked[0] + "/earning", "{\"eligible\":false,"
                + "\"reason\":\"because\"}").assertError(400, "invalid_reason");
        admin.putJson("/api/v1/curation/stories/" + blocked[0] + "/earning", "{\"eligible\":false,"
                + "\"reason\":\"undisclosed-ai\"}").assertStatus(200);
        JsonNode standing = ana.get("/api/v1/me/partner-program").json();
        assertEquals("undisclosed-ai", standing.get("blockedStories").get(0).get("reason").asText());
        leo.delete("/api/v1/me/partner-program").assertStatus(204);

        reading.read(mia, earns[1], 60);
        reading.read(mia, blocked[1], 60);
        reading.read(mia, left[1], 60);
        reading.folded();
        CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2026-03-03T01:00:00Z")));
        MemberReading.await(() -> site.count("SELECT COUNT(*) FROM payout_day WHERE state = 'DONE'") == 1,
                "the payout run");

        JsonNode lines = ana.get("/api/v1/me/earnings?from=2026-03-02&to=2026-03-02").json().get("lines");
        assertEquals(1, lines.size(), lines::toString);
        assertEquals(earns[0], lines.get(0).get("story").asText());
        assertEquals(1, site.count("SELECT COUNT(*) FROM earnings_line"));
    }
}
