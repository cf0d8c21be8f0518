package org.masthead.engine.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Enrolment in the Partner Program over HTTP: Medium's rules, the admin's changes, and who may paywall. */
class PartnerProgramTest {
    private static TestSite site;
    private static Client admin;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        admin = site.admin();
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"monthly\",\"name\":\"Monthly\",\"period\":\"monthly\","
                + "\"price\":500,\"currency\":\"EUR\"}").assertStatus(201);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aWriterEnrolsOnceTheyMeetMediumsRulesAndOnlyThenPaywalls() {
        Client paz = site.newUser("paz");
        paz.postJson("/api/v1/stories", "{\"title\":\"Locked\",\"content\":\"x\",\"memberOnly\":true}")
                .assertStatus(403);
        JsonNode standing = paz.get("/api/v1/me/partner-program").assertStatus(200).json();
        assertFalse(standing.get("enrolled").asBoolean());
        assertEquals(List.of("membership false", "recent-story false", "age false", "country false"),
                checks(standing));
        paz.postJson("/api/v1/me/partner-program", "{\"country\":\"DE\",\"confirmsAge\":true}")
                .assertError(409, "not_eligible");

        admin.postJson("/api/v1/admin/memberships", "{\"user\":\"paz\",\"plan\":\"monthly\"}").assertStatus(201);
        String draft = paz.postJson("/api/v1/stories", "{\"title\":\"Free\",\"content\":\"x\"}").assertStatus(201)
                .json().get("id").asText();
        paz.postJson("/api/v1/stories/" + draft + "/publish", "").assertStatus(200);
        assertEquals(List.of("membership true", "recent-story true", "age false", "country false"),
                checks(paz.get("/api/v1/me/partner-program").json()));
        String refused = paz.postJson("/api/v1/me/partner-program", "{\"country\":\"KP\",\"confirmsAge\":true}")
                .assertError(409, "not_eligible").body();
        assertTrue(refused.contains("Live in a country payouts can be sent to"), refused);
        paz.postJson("/api/v1/me/partner-program", "{\"country\":\"DE\"}").assertError(409, "not_eligible");
        paz.postJson("/api/v1/me/partner-program", "{\"country\":\"DE\",\"confirmsAge\":true,"
                + "\"payoutReference\":\"not a reference!\"}").assertError(400, "invalid_payout_reference");

        JsonNode enrolled = paz.postJson("/api/v1/me/partner-program", "{\"country\":\"DE\",\"confirmsAge\":true,"
                + "\"payoutReference\":\"acct_1PazDE\"}").assertStatus(201).json();
        assertTrue(enrolled.get("enrolled").asBoolean());
        assertEquals("acct_1PazDE", enrolled.get("payoutReference").asText());
        paz.postJson("/api/v1/me/partner-program", "{\"country\":\"DE\",\"confirmsAge\":true}")
                .assertError(409, "already_enrolled");
        paz.sendJson("PATCH", "/api/v1/stories/" + draft, "{\"version\":2,\"memberOnly\":true}").assertStatus(200);
        assertTrue(admin.get("/api/v1/admin/partner-program/enrolments").body().contains("\"user\":\"paz\""));

        paz.delete("/api/v1/me/partner-program").assertStatus(204);
        paz.postJson("/api/v1/stories", "{\"title\":\"Locked\",\"content\":\"x\",\"memberOnly\":true}")
                .assertStatus(403);
        paz.delete("/api/v1/me/partner-program").assertStatus(404);
    }

    @Test
    void adminsTuneTheRulesAndEnrolStaffWriters() {
        admin.putJson("/api/v1/admin/partner-program", "{\"supportedCountries\":[\"ZZ\"]}")
                .assertError(400, "invalid_settings");
        admin.putJson("/api/v1/admin/partner-program", "{\"minimumAge\":-1}").assertError(400, "invalid_settings");
        site.newUser("quin").putJson("/api/v1/admin/partner-program", "{\"minimumAge\":0}").assertStatus(403);
        try {
            JsonNode rules = admin.putJson("/api/v1/admin/partner-program", "{\"requireMembership\":false,"
                    + "\"publishedWithinMonths\":0,\"supportedCountries\":[\"US\",\"CA\"]}").assertStatus(200).json();
            assertEquals(18, rules.get("minimumAge").asInt());
            Client rae = site.newUser("rae");
            assertEquals(List.of("age false", "country false"), checks(rae.get("/api/v1/me/partner-program").json()));
            rae.postJson("/api/v1/me/partner-program", "{\"country\":\"CA\",\"confirmsAge\":true}").assertStatus(201);
        } finally {
            admin.putJson("/api/v1/admin/partner-program", "{\"requireMembership\":true,\"publishedWithinMonths\":6,"
                    + "\"supportedCountries\":" + "[\"DE\",\"US\"]" + "}").assertStatus(200);
        }
        site.newUser("sol");
        admin.postJson("/api/v1/admin/partner-program/enrolments", "{\"user\":\"sol\",\"country\":\"us\"}")
                .assertError(400, "invalid_country");
        JsonNode sol = admin.postJson("/api/v1/admin/partner-program/enrolments", "{\"user\":\"sol\","
                + "\"country\":\"US\"}").assertStatus(201).json();
        assertEquals("admin", sol.get("source").asText());
        admin.postJson("/api/v1/admin/partner-program/enrolments", "{\"user\":\"nobody\",\"country\":\"US\"}")
                .assertStatus(404);
        admin.delete("/api/v1/admin/partner-program/enrolments/sol").assertStatus(204);
        assertTrue(admin.get("/api/v1/admin/audit?action=partner.left").body().contains("sol"));
    }

    private static List<String> checks(JsonNode standing) {
        List<String> checks = new ArrayList<>();
        standing.get("checks").forEach(check -> checks.add(check.get("rule").asText() + " "
                + check.get("met").asBoolean()));
        return checks;
    }
}
