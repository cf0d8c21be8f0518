package org.masthead.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/**
 * Every state-changing endpoint against every kind of person, with the exact status each must get. Each call
 * works on fresh fixtures, so one role's success cannot change what the next role sees.
 */
class AuthorizationMatrixTest {
    /** The people, in the order of the expected statuses. */
    private static final List<String> ROLES = List.of(
            "anonymous", "reader", "writer", "other writer", "editor", "owner", "curator", "admin");

    private static TestSite site;
    private static final Map<String, Client> CLIENTS = new LinkedHashMap<>();
    private static final Map<String, String> USER_IDS = new LinkedHashMap<>();
    private static String publicationId;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        CLIENTS.put("anonymous", site.client());
        for (String role : List.of("reader", "writer", "other writer", "editor", "owner", "curator")) {
            Client client = site.newUser("m_" + role.replace(' ', '_'));
            CLIENTS.put(role, client);
            USER_IDS.put(role, client.get("/api/v1/me").json().get("id").asText());
        }
        site.database().execute("UPDATE app_user SET staff_role = 'CURATOR' WHERE username = 'm_curator'",
                site.dataDir());
        CLIENTS.put("admin", site.admin());
        publicationId = publication();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A publication owned by "owner", with "editor" as editor and "writer" as writer. */
    private static String publication() {
        Client owner = CLIENTS.get("owner");
        String id = owner.postJson("/api/v1/publications", "{\"name\":\"Matrix\",\"slug\":\"matrix-"
                + System.nanoTime() + "\"}").assertStatus(201).json().get("id").asText();
        owner.postJson("/api/v1/publications/" + id + "/contributors",
                "{\"userId\":\"" + USER_IDS.get("editor") + "\",\"role\":\"editor\"}").assertStatus(201);
        owner.postJson("/api/v1/publications/" + id + "/contributors",
                "{\"userId\":\"" + USER_IDS.get("writer") + "\",\"role\":\"writer\"}").assertStatus(201);
        return id;
    }

    private static String draft(String role, String publication) {
        return CLIENTS.get(role).postJson("/api/v1/stories", "{\"title\":\"Matrix story\",\"content\":\"Text.\""
                + (publication == null ? "" : ",\"publicationId\":\"" + publication + "\"") + "}")
                .assertStatus(201).json().get("id").asText();
    }

    private static String published(String role) {
        String id = draft(role, null);
        CLIENTS.get(role).postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200);
        return id;
    }

    /** A published story of "writer" in the matrix publication, accepted by its editor. */
    private static String publicationStory() {
        String id = draft("writer", publicationId);
        String submission = CLIENTS.get("writer").postJson("/api/v1/publications/" + publicationId + "/submissions",
                "{\"storyId\":\"" + id + "\"}").assertStatus(201).json().get("id").asText();
        CLIENTS.get("editor").postJson("/api/v1/publications/" + publicationId + "/submissions/" + submission
                + "/decision", "{\"decision\":\"accept\"}").assertStatus(200);
        return id;
    }

    /** A fresh integration token of "writer". */
    private static String writersToken() {
        return CLIENTS.get("writer").postJson("/api/v1/tokens", "{\"name\":\"t\",\"scopes\":[\"basicProfile\"]}")
                .assertStatus(201).json().get("id").asText();
    }

    /** A fresh private reading list of "reader". */
    private static String readersList() {
        return CLIENTS.get("reader").postJson("/api/v1/lists", "{\"name\":\"Later\"}").assertStatus(201).json()
                .get("id").asText();
    }

    /** A request from the matrix publication's editor for a published story of "other writer". */
    private static String request() {
        return CLIENTS.get("editor").postJson("/api/v1/publications/" + publicationId + "/requests",
                "{\"storyId\":\"" + published("other writer") + "\"}").assertStatus(201).json().get("id").asText();
    }

    /** A publication story of "writer" that its editor featured. */
    private static String featuredStory() {
        String story = publicationStory();
        CLIENTS.get("editor").sendJson("PUT", "/api/v1/publications/" + publicationId + "/featured/" + story, "")
                .assertStatus(204);
        return story;
    }

    /** A submission of a "writer" draft to the matrix publication. */
    private static String submission() {
        return CLIENTS.get("writer").postJson("/api/v1/publications/" + publicationId + "/submissions",
                "{\"storyId\":\"" + draft("writer", publicationId) + "\"}").assertStatus(201).json().get("id").asText();
    }

    /** The public id of a new person, to suspend. */
    private static String newPerson() {
        return site.newUser("p" + System.nanoTime()).get("/api/v1/me").json().get("id").asText();
    }

    /** A Boost nomination by the editor of a fresh publication (each publication has its monthly quota). */
    private static String nomination() {
        String publication = publication();
        String story = draft("editor", publication);
        CLIENTS.get("editor").postJson("/api/v1/stories/" + story + "/publish", "").assertStatus(200);
        return CLIENTS.get("editor").postJson("/api/v1/publications/" + publication + "/boost-nominations",
                "{\"storyId\":\"" + story + "\"}").assertStatus(201).json().get("id").asText();
    }

    /** A fresh comped membership of the reader, on a plan made the first time. */
    private static String membership() {
        Client admin = CLIENTS.get("admin");
        if (admin.get("/api/v1/plans").body().indexOf("\"matrix\"") < 0) {
            admin.postJson("/api/v1/admin/plans", "{\"code\":\"matrix\",\"name\":\"Matrix\",\"period\":\"monthly\","
                    + "\"price\":500,\"currency\":\"EUR\"}").assertStatus(201);
        }
        return admin.postJson("/api/v1/admin/memberships", "{\"user\":\"m_reader\",\"plan\":\"matrix\"}")
                .assertStatus(201).json().get("id").asText();
    }

    /**
     * One endpoint: the request to make (with {@code {id}} replaced by a fresh fixture for every call) and the
     * status each role must get, in the order of {@link #ROLES}.
     */
    private record Row(String method, String path, String body, Supplier<String> fixture, int... expected) {
    }

    @Test
    void everyRoleGetsExactlyWhatItMay() {
        String newUser = "{\"email\":\"x%d@test.example\",\"username\":\"x%d\",\"displayName\":\"X\",\"password\":\"long enough pw\"}";
        List<Row> rows = List.of(
                // Stories: any signed-in person writes; only the writer changes their own story.
                new Row("POST", "/api/v1/stories", "{\"title\":\"t\",\"content\":\"x\"}", () -> "",
                        401, 201, 201, 201, 201, 201, 201, 201),
                new Row("PATCH", "/api/v1/stories/{id}", "{\"version\":1,\"title\":\"Changed\"}", () -> draft("writer", null),
                        401, 404, 200, 404, 404, 404, 404, 404),
                new Row("POST", "/api/v1/stories/{id}/publish", "", () -> draft("writer", null),
                        401, 404, 200, 404, 404, 404, 404, 404),
                new Row("POST", "/api/v1/stories/{id}/unpublish", "", () -> published("writer"),
                        401, 403, 200, 403, 403, 403, 403, 403),
                new Row("DELETE", "/api/v1/stories/{id}", "", () -> published("writer"),
                        401, 403, 204, 403, 403, 403, 403, 403),
                new Row("POST", "/api/v1/stories/{id}/responses", "{\"content\":\"A reply.\"}", () -> published("writer"),
                        401, 201, 201, 201, 201, 201, 201, 201),
                // A publication's stories: its editors and owner may change any of them.
                new Row("PATCH", "/api/v1/stories/{id}", "{\"version\":2,\"subtitle\":\"Edited\"}", AuthorizationMatrixTest::publicationStory,
                        401, 403, 200, 403, 200, 200, 403, 403),
                new Row("PUT", "/api/v1/publications/" + "{pub}" + "/featured/{id}", "", AuthorizationMatrixTest::publicationStory,
                        401, 403, 403, 403, 204, 204, 403, 403),
                // A writer's draft in a publication goes through the editors.
                new Row("POST", "/api/v1/stories/{id}/publish", "", () -> draft("writer", publicationId),
                        401, 404, 403, 404, 200, 200, 404, 404),
                new Row("POST", "/api/v1/publications/" + "{pub}" + "/submissions/{id}/decision", "{\"decision\":\"accept\"}",
                        AuthorizationMatrixTest::submission,
                        401, 403, 403, 403, 200, 200, 403, 403),
                // Publications: Medium's matrix.
                new Row("PATCH", "/api/v1/publications/{id}", "{\"tagline\":\"New\"}", () -> publicationId,
                        401, 403, 403, 403, 200, 200, 403, 403),
                new Row("DELETE", "/api/v1/publications/{id}", "", AuthorizationMatrixTest::publication,
                        401, 403, 403, 403, 403, 204, 403, 403),
                new Row("POST", "/api/v1/publications/{id}/contributors", "{\"userId\":\"{reader}\",\"role\":\"writer\"}",
                        AuthorizationMatrixTest::publication,
                        401, 403, 403, 403, 201, 201, 403, 403),
                new Row("POST", "/api/v1/publications/{id}/contributors", "{\"userId\":\"{reader}\",\"role\":\"editor\"}",
                        AuthorizationMatrixTest::publication,
                        401, 403, 403, 403, 403, 201, 403, 403),
                new Row("POST", "/api/v1/publications", "{\"name\":\"N\",\"slug\":\"{id}\"}", () -> "s" + System.nanoTime(),
                        401, 201, 201, 201, 201, 201, 201, 201),
                // Engagement: anyone signed in, but not on one's own story.
                new Row("POST", "/api/v1/stories/{id}/claps", "{\"count\":1,\"requestId\":\"request-%d\"}", () -> published("writer"),
                        401, 200, 400, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/users/{id}/follow", "", () -> USER_IDS.get("writer"),
                        401, 200, 400, 200, 200, 200, 200, 200),
                // Accounts, tokens and administration.
                new Row("POST", "/api/v1/tokens", "{\"name\":\"t\",\"scopes\":[\"basicProfile\"]}", () -> "",
                        401, 201, 201, 201, 201, 201, 201, 201),
                new Row("PUT", "/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"ranking-medium\"}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PUT", "/api/v1/admin/plugins/ranking-medium/settings", "{}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/users", newUser, () -> "", 201, 201, 201, 201, 201, 201, 201, 201),
                new Row("DELETE", "/api/v1/tokens/{id}", "", AuthorizationMatrixTest::writersToken,
                        401, 404, 204, 404, 404, 404, 404, 404),
                // Mail and notifications: one's own only; changing the address needs the password.
                new Row("PUT", "/api/v1/me/mail-preferences", "{\"digest\":\"weekly\"}", () -> "",
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/me/email", "{\"email\":\"e%d@test.example\",\"password\":\"not the password\"}",
                        () -> "", 401, 403, 403, 403, 403, 403, 403, 403),
                new Row("POST", "/api/v1/notifications/read", "", () -> "",
                        401, 204, 204, 204, 204, 204, 204, 204),
                new Row("POST", "/api/v1/notifications/{id}/read", "", () -> "0123456789ab",
                        401, 404, 404, 404, 404, 404, 404, 404),
                new Row("PATCH", "/api/v1/me", "{\"bio\":\"Hello\"}", () -> "",
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Row("DELETE", "/api/v1/me/avatar", "", () -> "",
                        401, 204, 204, 204, 204, 204, 204, 204),
                // More of the publication workflow.
                new Row("POST", "/api/v1/publications/" + "{pub}" + "/submissions", "{\"storyId\":\"{id}\"}",
                        () -> draft("writer", null),
                        401, 403, 201, 403, 404, 404, 403, 403),
                new Row("POST", "/api/v1/publications/" + "{pub}" + "/requests", "{\"storyId\":\"{id}\"}",
                        () -> published("other writer"),
                        401, 403, 403, 403, 201, 201, 403, 403),
                new Row("POST", "/api/v1/me/submissions/{id}/answer", "{\"accept\":false}", AuthorizationMatrixTest::request,
                        401, 404, 404, 200, 404, 404, 404, 404),
                new Row("DELETE", "/api/v1/publications/{id}/contributors/" + "{writer}", "", AuthorizationMatrixTest::publication,
                        401, 403, 403, 403, 204, 204, 403, 403),
                new Row("DELETE", "/api/v1/publications/" + "{pub}" + "/featured/{id}", "", AuthorizationMatrixTest::featuredStory,
                        401, 403, 403, 403, 204, 204, 403, 403),
                // The social graph: anyone signed in, never towards oneself.
                new Row("PUT", "/api/v1/users/{id}/mute", "", () -> USER_IDS.get("writer"),
                        401, 200, 400, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/users/{id}/block", "", () -> USER_IDS.get("other writer"),
                        401, 200, 200, 400, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/publications/{id}/follow", "", () -> publicationId,
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/tags/{id}/follow", "", () -> "typography",
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/stories/{id}/reports", "{\"reason\":\"spam\"}", () -> published("writer"),
                        401, 201, 400, 201, 201, 201, 201, 201),
                new Row("POST", "/api/v1/lists", "{\"name\":\"Mine\"}", () -> "",
                        401, 201, 201, 201, 201, 201, 201, 201),
                new Row("PUT", "/api/v1/lists/{id}/stories/" + "{story}", "", AuthorizationMatrixTest::readersList,
                        401, 200, 404, 404, 404, 404, 404, 404),
                // Curation and moderation: curators and admins; nominations: a publication's editors and owner.
                new Row("POST", "/api/v1/curation/stories/{id}/review", "{\"verdict\":\"distribute\",\"topic\":\"x\"}",
                        () -> published("writer"), 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("POST", "/api/v1/curation/stories/{id}/moderation", "{\"action\":\"dismiss\"}",
                        () -> published("writer"), 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("POST", "/api/v1/curation/users/{id}/suspension", "{\"note\":\"Spam\"}",
                        AuthorizationMatrixTest::newPerson, 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("PUT", "/api/v1/curation/staff-picks/{id}", "", () -> published("writer"),
                        401, 403, 403, 403, 403, 403, 204, 204),
                new Row("POST", "/api/v1/publications/" + "{pub}" + "/boost-nominations", "{\"storyId\":\"{id}\"}",
                        AuthorizationMatrixTest::publicationStory, 401, 403, 403, 403, 201, 201, 403, 403),
                new Row("POST", "/api/v1/curation/nominations/{id}/decision", "{\"decision\":\"reject\"}",
                        AuthorizationMatrixTest::nomination, 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("PUT", "/api/v1/admin/curation/settings", "{\"reviewWindowHours\":168}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PUT", "/api/v1/admin/publications/" + "{pub}" + "/boost-quota", "{\"quota\":5}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                // The paywall: admins tune it; only a story's writer has its friend link.
                new Row("PUT", "/api/v1/admin/paywall", "{\"freeStoriesPerMonth\":3}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("GET", "/api/v1/stories/{id}/friend-link", "", () -> published("writer"),
                        401, 403, 409, 403, 403, 403, 403, 403),
                // Membership and payouts: admins only (the offline adapter, the runs, simulations).
                new Row("POST", "/api/v1/admin/plans", "{\"code\":\"p%d\",\"name\":\"P\",\"period\":\"yearly\","
                        + "\"price\":5000,\"currency\":\"USD\"}", () -> "", 401, 403, 403, 403, 403, 403, 403, 201),
                new Row("POST", "/api/v1/admin/memberships", "{\"user\":\"m_reader\",\"plan\":\"matrix\"}",
                        AuthorizationMatrixTest::membership, 401, 403, 403, 403, 403, 403, 403, 201),
                new Row("POST", "/api/v1/admin/memberships/{id}/cancel", "", AuthorizationMatrixTest::membership,
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/admin/memberships/{id}/refund", "", AuthorizationMatrixTest::membership,
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/admin/payouts/2020-01-01/run", "", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/admin/payouts/simulations", "{\"plugin\":\"payout-flat-per-read\","
                        + "\"from\":\"2020-01-01\",\"to\":\"2020-01-01\"}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PUT", "/api/v1/admin/payout-settings", "{\"minimumPayout\":{\"EUR\":100}}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/admin/payout-runs", "{\"month\":\"2020-01\"}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 201),
                new Row("POST", "/api/v1/admin/payout-runs/2020-01/approve", "", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                // The Partner Program: writers apply for themselves (no one here meets Medium's rules), admins set
                // the rules and enrol anyone, curators and admins stop a story earning.
                new Row("POST", "/api/v1/me/partner-program", "{\"country\":\"DE\",\"confirmsAge\":true}", () -> "",
                        401, 409, 409, 409, 409, 409, 409, 409),
                new Row("PUT", "/api/v1/admin/partner-program", "{\"minimumAge\":18}", () -> "",
                        401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/admin/partner-program/enrolments", "{\"user\":\"m_owner\",\"country\":\"US\"}",
                        () -> "", 401, 403, 403, 403, 403, 403, 403, 201),
                new Row("PUT", "/api/v1/curation/stories/{id}/earning", "{\"eligible\":true}", () -> published("writer"),
                        401, 403, 403, 403, 403, 403, 200, 200),
                new Row("POST", "/api/v1/stories/{id}/appeal", "{\"message\":\"Look again\"}", () -> published("writer"),
                        401, 403, 409, 403, 403, 403, 403, 403),
                new Row("POST", "/api/v1/me/feed/show-less", "{\"storyId\":\"{id}\"}", () -> published("writer"),
                        401, 200, 200, 200, 200, 200, 200, 200),
                // Medium's API with a session: a person posts only as themselves.
                new Row("POST", "/v1/users/" + "{writer}" + "/posts", "{\"title\":\"t\",\"contentFormat\":\"markdown\",\"content\":\"x\"}",
                        () -> "", 401, 403, 201, 403, 403, 403, 403, 403));

        List<String> wrong = new ArrayList<>();
        String sharedStory = published("other writer");
        int call = 0;
        for (Row row : rows) {
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                String fixture = row.fixture().get();
                String path = row.path().replace("{id}", fixture).replace("{pub}", publicationId)
                        .replace("{writer}", USER_IDS.get("writer")).replace("{story}", sharedStory);
                String body = row.body().replace("{id}", fixture).replace("{reader}", USER_IDS.get("reader"))
                        .replace("%d", String.valueOf(++call));
                int status = CLIENTS.get(role).sendJson(row.method(), path, body).status();
                if (status != row.expected()[i]) {
                    wrong.add(row.method() + " " + row.path() + " as " + role + ": " + status + ", expected "
                            + row.expected()[i]);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
