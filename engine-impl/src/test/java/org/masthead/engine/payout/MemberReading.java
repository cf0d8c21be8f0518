package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** What the payout tests do as users: publish member-only stories and read them through the reading beacon. */
record MemberReading(TestSite site, MutableClock clock) {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36";
    private static final Pattern VIEW_TOKEN = Pattern.compile("data-view-token=\"([^\"]*)\"");

    /** The people of {@link #theWorkedDay()} and the member's period. */
    record Day(Client admin, Client ana, Client ben, Client mia, String membershipId) {
    }

    /**
     * The day the payout tests pay, 2026-03-02: an admin comps mia a yearly membership (365.00 USD, so 100 cents a
     * day), and mia reads ana's member-only story for 180 s and claps, and ben's for 60 s; someone signed out
     * opens ana's for 10 s. With the default model that day pays ana 36 cents and ben 14 (see PayoutRunTest).
     */
    Day theWorkedDay() {
        Client admin = site.admin();
        Client ana = site.newPartner("ana");
        Client ben = site.newPartner("ben");
        Client mia = site.newUser("mia");
        admin.postJson("/api/v1/admin/plans", "{\"code\":\"yearly\",\"name\":\"Yearly\",\"period\":\"yearly\","
                + "\"price\":36500,\"currency\":\"USD\"}").assertStatus(201);
        JsonNode granted = admin.postJson("/api/v1/admin/memberships", "{\"user\":\"mia\",\"plan\":\"yearly\","
                + "\"reference\":\"invoice 7\"}").assertStatus(201).json();
        assertEquals("2027-03-02", granted.get("to").asText());
        assertTrue(mia.get("/api/v1/me/membership").assertStatus(200).json().get("member").asBoolean());

        String[] anas = publish(ana, "Ana's long read");
        String[] bens = publish(ben, "Ben's short read");
        read(mia, anas[1], 180);
        mia.postJson("/api/v1/stories/" + anas[0] + "/claps", "{\"count\":1,\"requestId\":\"clap-0001\"}")
                .assertStatus(200);
        read(mia, bens[1], 60);
        read(site.client(), anas[1], 10);
        folded();
        return new Day(admin, ana, ben, mia, granted.get("id").asText());
    }

    /** Publishes a member-only story of 1000 words; answers its id and its page's path. */
    String[] publish(Client writer, String title) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"memberOnly\":true,"
                + "\"content\":\"" + "word ".repeat(1000).strip() + "\"}").assertStatus(201).json().get("id").asText();
        String url = writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json().get("url")
                .asText();
        return new String[] {id, url};
    }

    /** Opens the story page and reads it for {@code seconds}, one beacon per 10 seconds of the test's clock. */
    void read(Client reader, String path, int seconds) {
        String page = reader.send(HttpRequest.newBuilder(reader.base().resolve(path)).GET()
                .header("User-Agent", BROWSER)).assertStatus(200).body();
        Matcher token = VIEW_TOKEN.matcher(page);
        assertTrue(token.find(), "a view token");
        for (int at = 10; at <= seconds; at += 10) {
            clock.advance(Duration.ofSeconds(10));
            reader.send(HttpRequest.newBuilder(reader.base().resolve("/api/v1/reading"))
                    .header("Content-Type", "text/plain;charset=UTF-8").header("User-Agent", BROWSER)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token.group(1) + "\",\"seconds\":"
                            + at + "}"))).assertStatus(204);
        }
    }

    /** Waits until the reading fold has credited every view. */
    void folded() {
        await(() -> site.count("SELECT COUNT(*) FROM reading_view WHERE pending = 1") == 0, "the reading fold");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
