package org.masthead.engine.paywall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * The metered paywall over HTTP, as readers meet it: three free member-only stories a month (the default), then
 * the offer; members, the writer and friend-link holders read without limit; a signed-out browser is metered by
 * its signed cookie, and editing that cookie opens nothing; the meter comes back on the 1st.
 */
class PaywallTest {
    /** Beyond the 200 characters of the teaser, so only a reader who may read the story sees it. */
    private static final String SECRET = "Zanzibarwordthatonlyreaderssee";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-05-10T12:00:00Z"));
    private static TestSite site;
    private static Client admin;
    private static Client writer;
    private static final List<String[]> STORIES = new ArrayList<>();
    private static String freeStory;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK));
        admin = site.admin();
        writer = site.newPartner("wren");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"monthly\",\"name\":\"Monthly\",\"period\":\"monthly\","
                + "\"price\":500,\"currency\":\"USD\"}").assertStatus(201);
        for (int i = 1; i <= 5; i++) {
            STORIES.add(publish("Member story " + i, true));
        }
        freeStory = publish("A free story", false)[1];
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String[] publish(String title, boolean memberOnly) {
        String content = "The opening lines anyone may read. " + "Then more words follow here. ".repeat(12)
                + SECRET + " ends it.";
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"memberOnly\":" + memberOnly
                + ",\"content\":\"" + content + "\"}").assertStatus(201).json().get("id").asText();
        String url = writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json().get("url")
                .asText();
        return new String[] {id, url};
    }

    private static String page(Client reader, int story) {
        return reader.get(STORIES.get(story)[1]).assertStatus(200).body();
    }

    private static boolean open(String page) {
        return page.contains(SECRET);
    }

    @Test
    void aNonMemberReadsThreeMemberStoriesAMonthThenMeetsTheOffer() {
        Client nora = site.newUser("nora");
        String first = page(nora, 0);
        assertTrue(open(first));
        assertTrue(first.contains("You have 2 free member-only stories left this month."), first);
        assertTrue(page(nora, 1).contains("You have 1 free member-only story left this month."));
        assertTrue(page(nora, 0).contains("You have 1 free member-only story left this month."),
                "opening a story again does not spend the meter");
        assertTrue(page(nora, 2).contains("This is your last free member-only story this month."));

        String gated = page(nora, 3);
        assertFalse(open(gated));
        assertTrue(gated.contains("The opening lines anyone may read."), "the teaser");
        assertTrue(gated.contains("This story is for members"));
        assertTrue(gated.contains("You have read your 3 free member-only stories this month."));
        assertTrue(gated.contains("Monthly</strong> · 5.00 USD monthly"));
        assertTrue(gated.contains("data-view-token=\"\""), "a gated page counts no view");
        assertTrue(open(page(nora, 0)), "stories opened this month stay open");
        assertTrue(open(nora.get(freeStory).assertStatus(200).body()), "free stories are never metered");

        JsonNode api = nora.get("/api/v1/stories/" + STORIES.get(3)[0]).assertStatus(200).json();
        assertFalse(api.hasNonNull("html"));
        assertTrue(api.get("paywalled").asBoolean());
    }

    @Test
    void membersAndTheWriterReadEverythingWithoutTheMeter() {
        Client mia = site.newUser("mia");
        admin.postJson("/api/v1/admin/memberships", "{\"user\":\"mia\",\"plan\":\"monthly\"}").assertStatus(201);
        for (int i = 0; i < STORIES.size(); i++) {
            String page = page(mia, i);
            assertTrue(open(page));
            assertFalse(page.contains("meter-notice"));
        }
        JsonNode api = mia.get("/api/v1/stories/" + STORIES.get(4)[0]).assertStatus(200).json();
        assertTrue(api.get("html").asText().contains(SECRET));
        assertFalse(api.get("paywalled").asBoolean());

        String own = page(writer, 4);
        assertTrue(open(own));
        assertTrue(own.contains("id=\"friend-link\""));
        assertEquals(0, site.count("SELECT COUNT(*) FROM meter_read WHERE reader_key IN ('u:"
                + userId("mia") + "', 'u:" + userId("wren") + "')"));
    }

    @Test
    void theWritersFriendLinkOpensTheStoryToAnyoneWithoutLimit() throws Exception {
        String url = writer.get("/api/v1/stories/" + STORIES.get(4)[0] + "/friend-link").assertStatus(200).json()
                .get("url").asText();
        String key = url.substring(url.indexOf("?sk=") + 4);
        site.newUser("otto").get("/api/v1/stories/" + STORIES.get(0)[0] + "/friend-link").assertStatus(403);
        writer.get("/api/v1/stories/" + freeStory.substring(freeStory.lastIndexOf('-') + 1) + "/friend-link")
                .assertError(409, "not_member_only");

        HttpClient plain = HttpClient.newHttpClient();
        for (int i = 0; i < 6; i++) {
            String page = get(plain, STORIES.get(4)[1] + "?sk=" + key, null).body();
            assertTrue(open(page));
            assertTrue(page.contains("through its writer's friend link"));
        }
        Client reader = site.client();
        for (int i = 0; i < 3; i++) {
            page(reader, i);
        }
        assertTrue(open(reader.get(STORIES.get(4)[1] + "?sk=" + key).body()), "even with the meter spent");
        assertFalse(open(reader.get(STORIES.get(3)[1] + "?sk=" + key).body()), "the key is for one story only");
        assertTrue(reader.get("/api/v1/stories/" + STORIES.get(4)[0] + "?sk=" + key).json().get("html").asText()
                .contains(SECRET));
    }

    @Test
    void aSignedOutBrowserIsMeteredByItsCookieAndTamperingOpensNothing() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> first = get(plain, STORIES.get(0)[1], null);
        String cookie = first.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(Paywall.METER_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"));
        String meter = cookie.substring(0, cookie.indexOf(';'));
        assertTrue(open(first.body()));
        assertTrue(open(get(plain, STORIES.get(1)[1], meter).body()));
        assertTrue(open(get(plain, STORIES.get(2)[1], meter).body()));
        assertFalse(open(get(plain, STORIES.get(3)[1], meter).body()), "the fourth is gated");

        String value = meter.substring(meter.indexOf('=') + 1);
        String otherId = "0123456789abcdef0123456789abcdef" + value.substring(32);
        String badSignature = value.substring(0, 33) + "A".repeat(24);
        for (String tampered : List.of(otherId, badSignature, "junk")) {
            HttpResponse<String> response = get(plain, STORIES.get(4)[1], Paywall.METER_COOKIE + "=" + tampered);
            assertFalse(open(response.body()), tampered);
            assertTrue(response.headers().allValues("Set-Cookie").stream()
                    .noneMatch(set -> set.startsWith(Paywall.METER_COOKIE)), "no fresh meter for a tampered one");
        }
    }

    @Test
    void theMeterComesBackOnTheFirstAndZeroIsAStrictPaywall() {
        Client rita = site.newUser("rita");
        for (int i = 0; i < 3; i++) {
            assertTrue(open(page(rita, i)));
        }
        assertFalse(open(page(rita, 3)));
        try {
            // The clock only moves forward, and the other tests' readers are new in any month.
            CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2026-06-01T00:00:01Z")));
            assertTrue(page(rita, 3).contains("You have 2 free member-only stories left this month."));

            admin.putJson("/api/v1/admin/paywall", "{\"freeStoriesPerMonth\":101}")
                    .assertError(400, "invalid_settings");
            admin.putJson("/api/v1/admin/paywall", "{\"checkoutUrl\":\"javascript:alert(1)\"}")
                    .assertError(400, "invalid_settings");
            rita.putJson("/api/v1/admin/paywall", "{\"freeStoriesPerMonth\":0}").assertStatus(403);
            JsonNode strict = admin.putJson("/api/v1/admin/paywall", "{\"freeStoriesPerMonth\":0,"
                    + "\"checkoutUrl\":\"https://pay.example/checkout\"}").assertStatus(200).json();
            assertEquals(0, strict.get("freeStoriesPerMonth").asInt());
            String gated = page(site.newUser("sam"), 0);
            assertFalse(open(gated));
            // The provider sends the customer back in its webhook events (PaymentWebhookTest).
            assertTrue(gated.contains("href=\"https://pay.example/checkout?plan=monthly&amp;customer="), gated);
            assertFalse(gated.contains("free member-only stories this month"));
            assertTrue(site.client().get("/membership").assertStatus(200).body()
                    .contains("href=\"/signin?next=/membership\""), "a membership needs an account first");
            assertTrue(admin.get("/api/v1/admin/audit?action=paywall.settings").body()
                    .contains("freeStoriesPerMonth: 3 → 0"));
        } finally {
            admin.putJson("/api/v1/admin/paywall", "{\"freeStoriesPerMonth\":3,\"checkoutUrl\":\"\"}")
                    .assertStatus(200);
        }
    }

    private static long userId(String username) {
        return site.count("SELECT id FROM app_user WHERE username = '" + username + "'");
    }

    private static HttpResponse<String> get(HttpClient client, String path, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.client().base().resolve(path)
                .toString())).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
