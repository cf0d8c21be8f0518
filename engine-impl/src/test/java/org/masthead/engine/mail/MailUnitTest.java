package org.masthead.engine.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masthead.engine.boot.ConfigurationException;

/** The pure parts of mail: backoff, excerpts, configuration. */
class MailUnitTest {

    @Test
    void retriesBackOffExponentiallyUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), MailSender.backoff(1));
        assertEquals(Duration.ofMinutes(2), MailSender.backoff(2));
        assertEquals(Duration.ofMinutes(4), MailSender.backoff(3));
        assertEquals(Duration.ofMinutes(32), MailSender.backoff(6));
        assertEquals(Duration.ofHours(1), MailSender.backoff(7));
        assertEquals(Duration.ofHours(1), MailSender.backoff(500));
    }

    @Test
    void anExcerptIsTheFirstWords() {
        assertEquals("one two three …", Newsletter.excerpt("  one two\nthree four ", 3));
        assertEquals("one two", Newsletter.excerpt("one   two", 3));
    }

    @Test
    void smtpSettingsAreChecked() {
        assertEquals(SmtpConfig.Security.SSL, SmtpConfig.Security.parse(" SSL "));
        assertEquals("SMTP security must be none, starttls or ssl, not 'tls'",
                assertThrows(ConfigurationException.class, () -> SmtpConfig.Security.parse("tls")).getMessage());
        assertThrows(ConfigurationException.class,
                () -> new SmtpConfig("mail", 0, "", "", SmtpConfig.Security.NONE, ""));
        SmtpConfig config = new SmtpConfig(" smtp.example.org ", 587, "me", "secret", SmtpConfig.Security.STARTTLS, "");
        assertEquals("smtp://me@smtp.example.org:587 (STARTTLS)", config.toString(), "no password in logs");
    }
}
