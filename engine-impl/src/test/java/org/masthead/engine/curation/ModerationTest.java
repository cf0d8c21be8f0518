package org.masthead.engine.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** The moderation queue over HTTP: readers' reports, hiding from the network or the site, suspensions. */
class ModerationTest {
    private static TestSite site;
    private static Client writer;
    private static Client first;
    private static Client second;
    private static Client curator;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        writer = site.newUser("modwriter");
        first = site.newUser("modreader1");
        second = site.newUser("modreader2");
        curator = site.newUser("modcurator");
        String curatorId = curator.get("/api/v1/me").assertStatus(200).json().get("id").asText();
        site.admin().putJson("/api/v1/admin/users/" + curatorId + "/role", "{\"role\":\"curator\"}").assertStatus(200);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String publish(Client author, String title) {
        String body = IntStream.range(0, 150).mapToObj(i -> title.replace(" ", "") + i)
                .collect(Collectors.joining(" "));
        String id = author.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"" + body
                + "\",\"tags\":[\"moderated\"]}").assertStatus(201).json().get("id").asText();
        author.postJson("/api/v1/stories/" + id + "/publish", "{}").assertStatus(200);
        return id;
    }

    private static String url(String storyId) {
        return writer.get("/api/v1/stories/" + storyId).assertStatus(200).json().get("url").asText();
    }

    private static JsonNode reported(String storyId) {
        for (JsonNode entry : curator.get("/api/v1/curation/reports").assertStatus(200).json()) {
            if (entry.get("story").get("id").asText().equals(storyId)) {
                return entry;
            }
        }
        return null;
    }

    private static JsonNode moderate(String storyId, String action, String note) {
        return curator.postJson("/api/v1/curation/stories/" + storyId + "/moderation",
                "{\"action\":\"" + action + "\",\"note\":\"" + note + "\"}").assertStatus(200).json();
    }

    @Test
    void reportsReachModeratorsWhoKeepAStoryOffTheNetworkButAtItsUrl() {
        String story = publish(writer, "Loud claims");
        first.postJson("/api/v1/stories/" + story + "/reports", "{\"reason\":\"spam\",\"note\":\"ads\"}")
                .assertStatus(201);
        second.postJson("/api/v1/stories/" + story + "/reports", "{\"reason\":\"rules\"}").assertStatus(201);

        assertEquals(2, reported(story).get("openReports").asInt());
        JsonNode reports = curator.get("/api/v1/curation/stories/" + story + "/reports").assertStatus(200).json();
        assertEquals(2, reports.size());
        assertEquals("modreader1", reports.get(1).get("reporter").asText());
        assertTrue(site.client().get("/tag/moderated").assertStatus(200).body().contains("Loud claims"));

        curator.postJson("/api/v1/curation/stories/" + story + "/moderation", "{\"action\":\"hide_network\"}")
                .assertError(400, "missing_note");
        curator.postJson("/api/v1/curation/stories/" + story + "/moderation", "{\"action\":\"ban\",\"note\":\"x\"}")
                .assertError(400, "invalid_action");
        JsonNode view = moderate(story, "hide_network", "Misleading health claims");

        assertEquals("network_hidden", view.get("moderation").asText());
        JsonNode last = view.get("decisions").get(view.get("decisions").size() - 1);
        assertEquals("moderated", last.get("event").asText());
        assertEquals("moderation.hide-network", last.get("reasons").get(0).get("code").asText());
        assertEquals("Misleading health claims", last.get("note").asText());
        assertEquals(null, reported(story), "its reports are closed");
        assertEquals("hidden_network", curator.get("/api/v1/curation/stories/" + story + "/reports").json().get(0)
                .get("resolution").asText());
        assertFalse(site.client().get("/tag/moderated").assertStatus(200).body().contains("Loud claims"));
        assertFalse(site.client().get("/").assertStatus(200).body().contains("Loud claims"));
        assertTrue(site.client().get(url(story)).assertStatus(200).body().contains("Loud claims"));
        first.postJson("/api/v1/stories/" + story + "/reports", "{\"reason\":\"spam\"}").assertStatus(201);
        assertEquals("network_hidden", writer.get("/api/v1/stories/" + story + "/curation").json().get("moderation")
                .asText());
    }

    @Test
    void aStoryHiddenFromTheSiteIsGoneForReadersUntilRestored() {
        String story = publish(writer, "Cruel words");
        String url = url(story);
        first.postJson("/api/v1/stories/" + story + "/reports", "{\"reason\":\"harassment\"}").assertStatus(201);

        moderate(story, "hide_site", "Harassment of a named person");

        site.client().get(url).assertStatus(404);
        first.get("/api/v1/stories/" + story).assertStatus(404);
        writer.get("/api/v1/stories/" + story).assertStatus(200);
        curator.get("/api/v1/stories/" + story).assertStatus(200);
        assertFalse(site.client().get("/@modwriter").assertStatus(200).body().contains("Cruel words"));

        assertEquals("none", moderate(story, "restore", "").get("moderation").asText());
        site.client().get(url).assertStatus(200);
    }

    @Test
    void dismissingClosesTheReportsAndLeavesTheStoryAlone() {
        String story = publish(writer, "Fair criticism");
        first.postJson("/api/v1/stories/" + story + "/reports", "{\"reason\":\"other\"}").assertStatus(201);

        JsonNode view = moderate(story, "dismiss", "");

        assertEquals("none", view.get("moderation").asText());
        assertEquals(null, reported(story));
        assertEquals("dismissed", curator.get("/api/v1/curation/stories/" + story + "/reports").json().get(0)
                .get("resolution").asText());
    }

    @Test
    void aSuspendedAccountCannotSignInAndItsStoriesAndProfileAreHidden() {
        Client spammer = site.newUser("modspammer");
        String spammerId = spammer.get("/api/v1/me").assertStatus(200).json().get("id").asText();
        String story = publish(spammer, "Click here now");
        String url = spammer.get("/api/v1/stories/" + story).assertStatus(200).json().get("url").asText();
        String suspension = "/api/v1/curation/users/" + spammerId + "/suspension";

        first.postJson(suspension, "{\"note\":\"x\"}").assertError(403, "forbidden");
        curator.postJson(suspension, "{}").assertError(400, "missing_note");
        String adminId = site.admin().get("/api/v1/me").json().get("id").asText();
        curator.postJson("/api/v1/curation/users/" + adminId + "/suspension", "{\"note\":\"no\"}")
                .assertError(409, "staff_account");
        JsonNode person = curator.postJson(suspension, "{\"note\":\"Spam. Write to appeals@test.example to appeal.\"}")
                .assertStatus(200).json();

        assertTrue(person.has("suspendedAt"));
        spammer.get("/api/v1/me").assertStatus(401);
        Client again = site.client();
        Client.Reply login = again.postJson("/api/v1/auth/login",
                "{\"email\":\"modspammer@test.example\",\"password\":\"password-of-modspammer\"}");
        login.assertError(403, "account_suspended");
        assertTrue(login.body().contains("appeals@test.example"), login.body());
        site.client().get(url).assertStatus(404);
        site.client().get("/@modspammer").assertStatus(404);
        curator.get("/api/v1/stories/" + story).assertStatus(200);

        curator.delete(suspension).assertStatus(200);
        again.login("modspammer@test.example", "password-of-modspammer");
        again.get("/api/v1/me").assertStatus(200);
        site.client().get(url).assertStatus(200);
        assertEquals(2, site.admin().get("/api/v1/admin/audit?action=user.suspend").json().size()
                + site.admin().get("/api/v1/admin/audit?action=user.unsuspend").json().size());
    }

    @Test
    void onlyStaffModerate() {
        String story = publish(writer, "Ordinary day");
        first.get("/api/v1/curation/reports").assertError(403, "forbidden");
        site.client().get("/api/v1/curation/reports").assertStatus(401);
        first.postJson("/api/v1/curation/stories/" + story + "/moderation", "{\"action\":\"hide_site\",\"note\":\"x\"}")
                .assertError(403, "forbidden");
        first.get("/api/v1/curation/stories/" + story + "/reports").assertError(403, "forbidden");
        site.client().get(url(story)).assertStatus(200);
    }
}
