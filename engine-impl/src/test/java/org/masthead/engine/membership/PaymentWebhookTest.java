package org.masthead.engine.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** The signed payment webhook over HTTP: signatures, redelivery, and events that arrive out of order. */
class PaymentWebhookTest {
    private static final String SECRET = "whsec-test-0123456789";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private static final WebhookSignature PROVIDER = new WebhookSignature(SECRET);
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK).paymentWebhookSecret(SECRET));
        site.admin().postJson("/api/v1/admin/plans", "{\"code\":\"monthly\",\"name\":\"Monthly\","
                + "\"period\":\"monthly\",\"price\":500,\"currency\":\"USD\"}").assertStatus(201);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aBadSignatureIs401AndChangesNothing() {
        Client paula = site.newUser("paula");
        String body = event("evt-bad", "activated", "2026-03-01T09:59:00Z", "sub-bad", id(paula), "monthly", null);
        Instant now = CLOCK.instant();
        deliver(body, null).assertError(401, "invalid_signature");
        deliver(body, new WebhookSignature("another-secret").sign(bytes(body), now)).assertError(401,
                "invalid_signature");
        deliver(body, PROVIDER.sign(bytes(body), now.minus(Duration.ofMinutes(6)))).assertError(401,
                "invalid_signature");
        deliver(body.replace("monthly", "yearly"), PROVIDER.sign(bytes(body), now)).assertError(401,
                "invalid_signature");
        deliver(body, "t=" + now.getEpochSecond() + ",v1=zz").assertError(401, "invalid_signature");
        deliver(body, "t=" + Long.MIN_VALUE + ",v1=" + "0".repeat(64)).assertError(401, "invalid_signature");
        assertEquals(0, site.count("SELECT COUNT(*) FROM payment_event WHERE event_id = 'evt-bad'"));
        assertFalse(paula.get("/api/v1/me/membership").json().get("member").asBoolean());

        JsonNode applied = signed(body).assertStatus(200).json();
        assertFalse(applied.get("duplicate").asBoolean());
        assertTrue(paula.get("/api/v1/me/membership").json().get("member").asBoolean());
    }

    @Test
    void aRedeliveredEventActivatesOnce() {
        Client dana = site.newUser("dana");
        String body = event("evt-dup", "activated", "2026-03-01T09:00:00Z", "sub-dup", id(dana), "monthly", null);
        assertFalse(signed(body).assertStatus(200).json().get("duplicate").asBoolean());
        assertTrue(signed(body).assertStatus(200).json().get("duplicate").asBoolean());
        JsonNode mine = dana.get("/api/v1/me/membership").assertStatus(200).json();
        assertEquals(1, mine.get("memberships").size());
        assertEquals("2026-03-01", mine.get("memberships").get(0).get("from").asText());
        assertEquals("2026-04-01", mine.get("memberships").get(0).get("to").asText());
        assertEquals("gateway", mine.get("memberships").get(0).get("source").asText());
    }

    @Test
    void renewAndCancelEndTheSameWhateverTheOrderOfDelivery() {
        List<String> inOrder = periods("olga", List.of("activated", "renewed", "canceled"));
        List<String> outOfOrder = periods("omar", List.of("activated", "canceled", "renewed"));
        List<String> cancelFirst = periods("otto", List.of("canceled", "renewed", "activated"));
        assertEquals(List.of("canceled 2026-04-01..2026-05-01", "canceled 2026-03-01..2026-04-01"), inOrder);
        assertEquals(inOrder, outOfOrder);
        assertEquals(inOrder, cancelFirst);
    }

    @Test
    void aRefundThatArrivesBeforeItsPaymentWaitsForIt() {
        Client rosa = site.newUser("rosa");
        String customer = id(rosa);
        signed(event("rosa-1", "activated", "2026-03-01T08:00:00Z", "sub-rosa", customer, "monthly", null))
                .assertStatus(200);
        signed(event("rosa-3", "refunded", "2026-03-01T09:30:00Z", "sub-rosa", customer, null, "rosa-2"))
                .assertStatus(200);
        assertEquals(1, rosa.get("/api/v1/me/membership").json().get("memberships").size());
        signed(event("rosa-2", "renewed", "2026-03-01T09:00:00Z", "sub-rosa", customer, "monthly", null))
                .assertStatus(200);
        JsonNode mine = rosa.get("/api/v1/me/membership").json();
        JsonNode renewed = mine.get("memberships").get(0);
        assertEquals("refunded", renewed.get("state").asText());
        assertEquals(renewed.get("from").asText(), renewed.get("to").asText(), "a refunded period that had not"
                + " started has no days");
        assertEquals("active", mine.get("memberships").get(1).get("state").asText());
        assertTrue(mine.get("member").asBoolean());
    }

    @Test
    void malformedEventsAre400AndStoreNothing() {
        String customer = id(site.newUser("mona"));
        signed("{not json").assertError(400, "malformed_json");
        signed(event("m-1", "paused", "2026-03-01T09:00:00Z", "sub-m", customer, "monthly", null))
                .assertError(400, "invalid_type");
        signed(event("m-2", "activated", "yesterday", "sub-m", customer, "monthly", null))
                .assertError(400, "invalid_occurred_at");
        signed(event("m-2", "activated", "+100000-01-01T00:00:00Z", "sub-m", customer, "monthly", null))
                .assertError(400, "invalid_occurred_at");
        signed(event("m-3", "activated", "2026-03-01T09:00:00Z", "sub-m", "nobody", "monthly", null))
                .assertError(400, "unknown_customer");
        signed(event("m-4", "activated", "2026-03-01T09:00:00Z", "sub-m", customer, "weekly", null))
                .assertError(400, "unknown_plan");
        signed(event("m-5", "refunded", "2026-03-01T09:00:00Z", "sub-m", customer, null, null))
                .assertError(400, "invalid_refunds");
        assertEquals(0, site.count("SELECT COUNT(*) FROM payment_event WHERE subscription = 'sub-m'"));
    }

    /** Delivers a subscription's three events in {@code order}; answers its periods, newest first. */
    private static List<String> periods(String username, List<String> order) {
        Client person = site.newUser(username);
        String customer = id(person);
        String subscription = "sub-" + username;
        for (String type : order) {
            String occurredAt = switch (type) {
                case "activated" -> "2026-03-01T08:00:00Z";
                case "renewed" -> "2026-03-01T08:30:00Z";
                default -> "2026-03-01T09:00:00Z";
            };
            signed(event(username + "-" + type, type, occurredAt, subscription, customer,
                    type.equals("canceled") ? null : "monthly", null)).assertStatus(200);
        }
        List<String> periods = new ArrayList<>();
        person.get("/api/v1/me/membership").json().get("memberships").forEach(period -> periods.add(
                period.get("state").asText() + " " + period.get("from").asText() + ".." + period.get("to").asText()));
        return periods;
    }

    private static String event(String id, String type, String occurredAt, String subscription, String customer,
                                String plan, String refunds) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + occurredAt
                + "\",\"subscription\":\"" + subscription + "\",\"customer\":\"" + customer + "\""
                + (plan == null ? "" : ",\"plan\":\"" + plan + "\"")
                + (refunds == null ? "" : ",\"refunds\":\"" + refunds + "\"") + "}";
    }

    private static Client.Reply signed(String body) {
        return deliver(body, PROVIDER.sign(bytes(body), CLOCK.instant()));
    }

    private static Client.Reply deliver(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.client().base().resolve("/api/v1/payments/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return site.client().send(request);
    }

    private static String id(Client person) {
        return person.get("/api/v1/me").json().get("id").asText();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
