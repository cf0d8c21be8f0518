package org.masthead.engine.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Every console screen for every role, and the console's own API rules. */
class ConsoleAccessTest {
    private static TestSite site;
    private static Map<String, Client> roles;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        Client admin = site.admin();
        Client curator = site.newUser("carla");
        String curatorId = curator.get("/api/v1/me").json().get("id").asText();
        admin.putJson("/api/v1/admin/users/" + curatorId + "/role", "{\"role\":\"curator\"}").assertStatus(200);
        roles = new LinkedHashMap<>();
        roles.put("signed out", site.client());
        roles.put("reader", site.newUser("rita"));
        roles.put("curator", curator);
        roles.put("admin", admin);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyScreenAnswersEveryRoleAsExpected() {
        // signed out, reader, curator, admin
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("/admin", List.of(303, 403, 200, 200));
        expected.put("/admin/curation", List.of(303, 403, 200, 200));
        expected.put("/admin/plugins", List.of(303, 403, 403, 200));
        expected.put("/admin/people", List.of(303, 403, 403, 200));
        expected.put("/admin/site", List.of(303, 403, 403, 200));
        expected.put("/admin/money", List.of(303, 403, 403, 200));
        expected.put("/admin/audit", List.of(303, 403, 403, 200));
        expected.forEach((path, statuses) -> {
            int i = 0;
            for (Map.Entry<String, Client> role : roles.entrySet()) {
                Client.Reply reply = role.getValue().get(path);
                assertEquals(statuses.get(i++), reply.status(), role.getKey() + " on " + path);
                if (reply.status() == 403) {
                    assertTrue(reply.body().contains("Request refused"), reply.body());
                }
            }
        });
        assertTrue(roles.get("signed out").get("/admin/people").header("Location").endsWith("/signin?next=%2Fadmin%2Fpeople"));
    }

    @Test
    void staffRolesChangeAuditedAndTheLastAdminStays() {
        Client admin = roles.get("admin");
        String adminId = admin.get("/api/v1/me").json().get("id").asText();
        admin.putJson("/api/v1/admin/users/" + adminId + "/role", "{\"role\":\"none\"}").assertError(409, "last_admin");
        admin.putJson("/api/v1/admin/users/" + adminId + "/role", "{\"role\":\"king\"}")
                .assertError(400, "invalid_role");
        roles.get("curator").putJson("/api/v1/admin/users/" + adminId + "/role", "{\"role\":\"none\"}")
                .assertStatus(403);
        assertTrue(admin.get("/api/v1/admin/audit?action=user.role").body().contains("\"detail\":\"none → curator\""));
        assertTrue(admin.get("/admin/people?q=carla").body().contains("@carla"));
    }

    @Test
    void aConsoleChangeWithoutTheCsrfTokenIsRefused() {
        Client admin = site.admin();
        admin.dropCsrfToken();
        admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"ranking-medium\"}")
                .assertStatus(403);
    }
}
