package org.masthead.engine.mail;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/**
 * A test site that sends its mail to a real SMTP server on loopback (GreenMail), which a test can stop and start
 * again on the same port; jobs tick every 100 ms and the clock is the test's.
 */
public final class MailSite implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    public final TestSite site;
    private final int port;
    private final List<MimeMessage> beforeRestart = new ArrayList<>();
    private GreenMail smtp;

    private MailSite(GreenMail smtp) {
        this.smtp = smtp;
        this.port = smtp.getSmtp().getPort();
        this.site = TestSite.start(builder -> builder.clock(clock).jobTick(Duration.ofMillis(100))
                .smtp(new SmtpConfig("127.0.0.1", port, "", "", SmtpConfig.Security.NONE, "Masthead <news@test.example>")));
    }

    public static MailSite start() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            return new MailSite(smtp);
        } catch (RuntimeException e) {
            smtp.stop();
            throw e;
        }
    }

    /** Stops the SMTP server; what it received so far is kept. */
    public void stopSmtp() {
        beforeRestart.addAll(Arrays.asList(smtp.getReceivedMessages()));
        smtp.stop();
    }

    /** Starts a fresh SMTP server on the same port. */
    public void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Every mail received, by every server this site had. */
    public List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(beforeRestart);
        if (smtp.isRunning()) {
            all.addAll(Arrays.asList(smtp.getReceivedMessages()));
        }
        return all;
    }

    /** The mails received for {@code address}. */
    public List<MimeMessage> to(String address) {
        return received().stream().filter(message -> recipient(message).equals(address)).toList();
    }

    /** The mails for {@code address} whose subject contains {@code subject}. */
    public List<MimeMessage> to(String address, String subject) {
        return to(address).stream().filter(message -> subject(message).contains(subject)).toList();
    }

    /** Waits for the first mail for {@code address} whose subject contains {@code subject}. */
    public MimeMessage await(String address, String subject) {
        waitFor(() -> !to(address, subject).isEmpty(), "a mail to " + address + " about '" + subject + "'");
        return to(address, subject).get(0);
    }

    public void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting for " + what + "; received: " + received().stream()
                        .map(m -> recipient(m) + ": " + subject(m)).toList());
            }
            sleep(50);
        }
    }

    /** Lets the jobs run a few more ticks, for asserting that something did not happen. */
    public static void settle() {
        sleep(1500);
    }

    public Client newUser(String name) {
        return site.newUser(name);
    }

    public static String id(Client client) {
        return client.get("/api/v1/me").assertStatus(200).json().get("id").asText();
    }

    public static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, 0);
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        return part(message, 1);
    }

    private static String part(MimeMessage message, int index) {
        try {
            BodyPart part = ((Multipart) message.getContent()).getBodyPart(index);
            return (String) part.getContent();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first link in {@code text} whose path starts with {@code pathPrefix}, made relative to the site. */
    public String link(String text, String pathPrefix) {
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(pathPrefix) + "[^\\s\"<>]*")
                .matcher(text);
        if (!matcher.find()) {
            fail("no link to " + pathPrefix + " in: " + text);
        }
        return matcher.group().replaceFirst("^https?://[^/]+", "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            site.close();
        } finally {
            smtp.stop();
        }
    }
}
