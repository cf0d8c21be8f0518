package org.masthead.engine.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masthead.engine.mail.MailSite;
import org.masthead.engine.testing.Client;

/** Changing one's email address: password, confirmation from the new mailbox, a notice to the old one. */
class EmailChangeTest {
    private static final String CHANGE = "{\"email\":\"%s\",\"password\":\"%s\"}";

    @Test
    void theNewAddressConfirmsTheChangeOnce() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            mail.newUser("bob");
            ana.postJson("/api/v1/me/email", CHANGE.formatted("ana.new@test.example", "wrong password"))
                    .assertError(403, "wrong_password");
            ana.postJson("/api/v1/me/email", CHANGE.formatted("BOB@test.example", "password-of-ana"))
                    .assertError(409, "email_taken");
            ana.postJson("/api/v1/me/email", CHANGE.formatted("not an address", "password-of-ana"))
                    .assertError(400, "invalid_email");
            ana.postJson("/api/v1/me/email", CHANGE.formatted("ana@test.example", "password-of-ana"))
                    .assertError(400, "same_email");
            JsonNode pending = ana.postJson("/api/v1/me/email", CHANGE.formatted("Ana.New@test.example",
                    "password-of-ana")).assertStatus(202).json();
            assertEquals("ana.new@test.example", pending.get("email").asText());

            JsonNode me = ana.get("/api/v1/me").assertStatus(200).json();
            assertEquals("ana@test.example", me.get("email").asText());
            assertEquals("ana.new@test.example", me.get("pendingEmail").get("email").asText());
            assertEquals(mail.clock.instant().plus(Duration.ofDays(1)).toString(),
                    me.get("pendingEmail").get("expiresAt").asText());

            MimeMessage notice = mail.await("ana@test.example", "A change of your email address was requested");
            assertTrue(MailSite.text(notice).contains("to a••@test.example"), MailSite.text(notice));
            MimeMessage confirmation = mail.await("ana.new@test.example", "Confirm your new email address");
            String link = mail.link(MailSite.text(confirmation), "/account/email/confirm/");
            assertEquals(link, mail.link(MailSite.html(confirmation), "/account/email/confirm/"));

            // Opening the link changes nothing; its button does, even from a browser signed in elsewhere.
            Client browser = mail.site.client();
            assertTrue(browser.get(link).assertStatus(200).body().contains("Use ana.new@test.example for your account"));
            assertEquals("ana@test.example", ana.get("/api/v1/me").json().get("email").asText());
            Client signedIn = mail.site.newUser("cyd");
            signedIn.dropCsrfToken();
            assertTrue(signedIn.postJson(link, "").assertStatus(200).body().contains("Your email address is changed"));

            me = ana.get("/api/v1/me").json();
            assertEquals("ana.new@test.example", me.get("email").asText());
            assertFalse(me.has("pendingEmail"), "nothing pending any more");
            mail.site.client().login("ana.new@test.example", "password-of-ana");
            assertEquals(401, mail.site.client().postJson("/api/v1/auth/login",
                    "{\"email\":\"ana@test.example\",\"password\":\"password-of-ana\"}").status());
            assertTrue(browser.postJson(link, "").assertStatus(404).body().contains("not valid"), "single use");
            browser.get(link.substring(0, link.length() - 2) + "xx").assertStatus(404);
        }
    }

    @Test
    void aLinkExpiresAndANewerRequestReplacesAnOlderOne() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            ana.postJson("/api/v1/me/email", CHANGE.formatted("first@test.example", "password-of-ana")).assertStatus(202);
            String first = mail.link(MailSite.text(mail.await("first@test.example", "Confirm")), "/account/email/");
            ana.postJson("/api/v1/me/email", CHANGE.formatted("second@test.example", "password-of-ana")).assertStatus(202);
            String second = mail.link(MailSite.text(mail.await("second@test.example", "Confirm")), "/account/email/");
            Client browser = mail.site.client();
            browser.postJson(first, "").assertStatus(404);

            // The address is taken by someone else meanwhile: a clear 409.
            mail.newUser("other");
            mail.site.database().execute("UPDATE app_user SET email = 'second@test.example'"
                    + " WHERE username = 'other'", mail.site.dataDir());
            browser.postJson(second, "").assertStatus(409);

            ana.postJson("/api/v1/me/email", CHANGE.formatted("third@test.example", "password-of-ana")).assertStatus(202);
            String third = mail.link(MailSite.text(mail.await("third@test.example", "Confirm")), "/account/email/");
            mail.clock.advance(Duration.ofHours(25));
            assertTrue(browser.get(third).assertStatus(410).body().contains("expired"));
            assertFalse(ana.get("/api/v1/me").json().has("pendingEmail"), "an expired change is not pending");
            assertEquals("ana@test.example", ana.get("/api/v1/me").json().get("email").asText());
        }
    }

    @Test
    void aNewAddressIsMaskedInTheNoticeToTheOldOne() {
        assertEquals("a••@example.org", EmailChanges.masked("ana.long@example.org"));
    }
}
