package org.masthead.engine.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** Sign-in limits and integration tokens over HTTP. */
class AccessTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Client.Reply bearer(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.engine().uri().resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return site.client().send(request);
    }

    @Test
    void tokensActWithinTheirScopes() {
        Client owner = site.newUser("scripter");
        JsonNode issued = owner.postJson("/api/v1/tokens",
                "{\"name\":\"My blog sync\",\"scopes\":[\"basicProfile\",\"publishPost\"]}").assertStatus(201).json();
        String token = issued.get("token").asText();
        assertTrue(token.startsWith("mh_"), token);

        JsonNode listed = owner.get("/api/v1/tokens").assertStatus(200).json();
        assertEquals(1, listed.size());
        assertEquals("My blog sync", listed.get(0).get("name").asText());
        assertFalse(listed.toString().contains(token), "the secret is shown only once");

        assertEquals("scripter", bearer(token, "GET", "/api/v1/me", null).assertStatus(200).json().get("username").asText());
        // No CSRF header needed with a bearer token.
        bearer(token, "POST", "/api/v1/stories", "{\"title\":\"Posted by a script\",\"content\":\"x\"}").assertStatus(201);

        String readOnly = owner.postJson("/api/v1/tokens", "{\"name\":\"Profile only\",\"scopes\":[\"basicProfile\"]}")
                .assertStatus(201).json().get("token").asText();
        long stories = site.count("SELECT COUNT(*) FROM story");
        Client.Reply refused = bearer(readOnly, "POST", "/api/v1/stories", "{\"title\":\"Nope\",\"content\":\"x\"}");
        refused.assertStatus(403);
        assertEquals("insufficient_scope", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(stories, site.count("SELECT COUNT(*) FROM story"), "nothing stored");

        bearer(token, "POST", "/api/v1/tokens", "{\"name\":\"x\",\"scopes\":[\"publishPost\"]}").assertStatus(403);
        bearer(token, "POST", "/api/v1/publications", "{\"name\":\"x\",\"slug\":\"x\"}").assertStatus(403);

        owner.sendJson("DELETE", "/api/v1/tokens/" + issued.get("id").asText(), "").assertStatus(204);
        Client.Reply revoked = bearer(token, "GET", "/api/v1/me", null);
        revoked.assertStatus(401);
        assertEquals("invalid_token", revoked.json().get("errors").get(0).get("code").asText());
        owner.sendJson("DELETE", "/api/v1/tokens/" + issued.get("id").asText(), "").assertStatus(404);
        site.newUser("thief").sendJson("DELETE", "/api/v1/tokens/" + issued.get("id").asText(), "").assertStatus(404);
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSecureBehindHttps() {
        String plain = site.client().postJson("/api/v1/auth/login", "{\"email\":\"" + TestSite.ADMIN_EMAIL
                + "\",\"password\":\"" + TestSite.ADMIN_PASSWORD + "\"}").assertStatus(200).header("Set-Cookie");
        assertTrue(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"), plain);
        assertFalse(plain.contains("Secure"), plain);
        try (TestSite proxied = TestSite.start(builder -> builder.publicUrl("https://stories.example.org"))) {
            String secure = proxied.client().postJson("/api/v1/auth/login", "{\"email\":\"" + TestSite.ADMIN_EMAIL
                    + "\",\"password\":\"" + TestSite.ADMIN_PASSWORD + "\"}").assertStatus(200).header("Set-Cookie");
            assertTrue(secure.contains("Secure") && secure.contains("HttpOnly"), secure);
        }
    }

    @Test
    void badTokensAndScopes() {
        Client owner = site.newUser("careless");
        owner.postJson("/api/v1/tokens", "{\"name\":\"x\",\"scopes\":[\"deleteEverything\"]}").assertStatus(400);
        owner.postJson("/api/v1/tokens", "{\"name\":\"x\",\"scopes\":[]}").assertStatus(400);
        owner.postJson("/api/v1/tokens", "{\"name\":\"\",\"scopes\":[\"basicProfile\"]}").assertStatus(400);
        site.client().postJson("/api/v1/tokens", "{\"name\":\"x\",\"scopes\":[\"basicProfile\"]}").assertStatus(401);
        bearer("mh_notatoken", "GET", "/api/v1/me", null).assertStatus(401);
        site.client().send(HttpRequest.newBuilder(site.engine().uri().resolve("/api/v1/me"))
                .header("Authorization", "Basic YTpi").GET()).assertStatus(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        site.newUser("guessme");
        Client attacker = site.client();
        String wrong = "{\"email\":\"guessme@test.example\",\"password\":\"not the password\"}";
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            attacker.postJson("/api/v1/auth/login", wrong).assertStatus(401);
        }
        Client.Reply locked = attacker.postJson("/api/v1/auth/login",
                "{\"email\":\"guessme@test.example\",\"password\":\"password-of-guessme\"}");
        locked.assertStatus(429);
        assertEquals("too_many_attempts", locked.json().get("errors").get(0).get("code").asText());

        CLOCK.advance(LoginThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        attacker.login("guessme@test.example", "password-of-guessme");
    }
}
