package org.masthead.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.membership.WebhookSignature;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Bad requests get a 4xx with the JSON error envelope (or a readable page), never a stack trace. */
class BadInputTest {
    private static final int LIMIT = 16 * 1024;
    private static TestSite site;
    private static Client writer;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.maxBodyBytes(LIMIT));
        writer = site.newUser("writer");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void assertError(Client.Reply reply, int status, String code) {
        reply.assertStatus(status);
        JsonNode error = reply.json().get("errors").get(0);
        assertEquals(code, error.get("code").asText(), reply.body());
        assertTrue(error.get("message").asText().length() > 0);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
    }

    @Test
    void malformedJson() {
        assertError(writer.postJson("/api/v1/stories", "{\"title\": \"unterminated"), 400, "malformed_json");
    }

    @Test
    void missingBody() {
        assertError(writer.postJson("/api/v1/stories", ""), 400, "missing_body");
        assertError(site.client().postJson("/api/v1/auth/login", ""), 400, "missing_body");
    }

    @Test
    void fieldOfTheWrongType() {
        assertError(writer.postJson("/api/v1/stories", "{\"title\":{\"nested\":true},\"content\":\"x\"}"), 400,
                "invalid_field");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":42,\"content\":\"x\"}"), 400, "invalid_field");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"t\",\"tags\":\"not-a-list\"}"), 400,
                "invalid_field");
    }

    @Test
    void thePaymentWebhookIsOffWithoutASecret() {
        String body = "{\"id\":\"evt-1\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(writer.base().resolve("/api/v1/payments/webhook"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, new WebhookSignature("guess").sign(body.getBytes(), Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        assertError(site.client().send(request), 404, "not_found");
    }

    @Test
    void unknownField() {
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"t\",\"colour\":\"red\"}"), 400, "unknown_field");
    }

    @Test
    void oversizedBody() {
        String huge = "{\"title\":\"t\",\"content\":\"" + "x".repeat(LIMIT) + "\"}";
        assertError(writer.postJson("/api/v1/stories", huge), 413, "body_too_large");
    }

    @Test
    void oversizedChunkedBody() {
        byte[] huge = ("{\"title\":\"t\",\"content\":\"" + "x".repeat(LIMIT) + "\"}").getBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(writer.base().resolve("/api/v1/stories"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)));
        assertError(writer.send(request), 413, "body_too_large");
    }

    @Test
    void validationErrors() {
        long stories = site.count("SELECT COUNT(*) FROM story");
        long users = site.count("SELECT COUNT(*) FROM app_user");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"" + "t".repeat(301) + "\",\"content\":\"x\"}"),
                400, "title_too_long");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"t\",\"subtitle\":\"" + "s".repeat(301)
                + "\",\"content\":\"x\"}"), 400, "subtitle_too_long");
        assertError(site.client().postJson("/api/v1/users", "{\"email\":\"long@b.example\",\"username\":\"longname\","
                + "\"displayName\":\"" + "d".repeat(101) + "\",\"password\":\"long enough pw\"}"), 400, "invalid_display_name");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"\",\"content\":\"x\"}"), 400, "missing_title");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"t\",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]}"),
                400, "too_many_tags");
        assertError(writer.postJson("/api/v1/stories", "{\"title\":\"t\",\"contentFormat\":\"rtf\"}"), 400,
                "invalid_content_format");
        assertError(site.client().postJson("/api/v1/users",
                "{\"email\":\"a@b.example\",\"username\":\"no spaces!\",\"displayName\":\"A\",\"password\":\"long enough pw\"}"),
                400, "invalid_username");
        assertError(site.client().postJson("/api/v1/users",
                "{\"email\":\"writer@test.example\",\"username\":\"writer2\",\"displayName\":\"A\",\"password\":\"long enough pw\"}"),
                409, "account_exists");
        assertEquals(stories, site.count("SELECT COUNT(*) FROM story"), "no story stored");
        assertEquals(users, site.count("SELECT COUNT(*) FROM app_user"), "no account stored");
    }

    @Test
    void authenticationAndCsrf() {
        assertError(site.client().postJson("/api/v1/stories", "{\"title\":\"t\",\"content\":\"x\"}"), 401, "unauthorized");
        assertError(site.client().postJson("/api/v1/auth/login", "{\"email\":\"writer@test.example\",\"password\":\"wrong password\"}"),
                401, "invalid_credentials");
        Client noCsrf = site.newUser("forgetful");
        noCsrf.dropCsrfToken();
        assertError(noCsrf.postJson("/api/v1/stories", "{\"title\":\"t\",\"content\":\"x\"}"), 403, "forbidden");
        assertError(writer.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"test-faulty\"}"), 403,
                "forbidden");
    }

    @Test
    void unknownApiPathAndMethod() {
        assertError(site.client().get("/api/v1/nothing"), 404, "not_found");
        assertError(site.client().sendJson("DELETE", "/api/v1/stories", "{}"), 405, "method_not_allowed");
    }

    @Test
    void unknownSitePageIsAReadablePage() {
        Client.Reply reply = site.client().get("/no/such/page").assertStatus(404);
        assertTrue(reply.header("Content-Type").startsWith("text/html"));
        assertTrue(reply.body().contains("Page not found"), reply.body());
    }
}
