package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.web.SiteUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's mail on every tick, on every node. Each mail is claimed with a conditional UPDATE before it is
 * written and sent, so two nodes never send the same mail at the same time; a mail whose claim runs out (its node
 * died) is claimed again. A mail is marked SENT right after the SMTP server accepted it and never sent again after
 * that; a crash between the two sends it once more (at-least-once delivery, same Message-ID).
 *
 * <p>A failure puts the mail back with exponential backoff (1 minute, doubling, at most 1 hour). An unreachable
 * server fails only the mail at hand and ends the round, so the rest waits untouched; it is never a reason to give
 * up on a mail. Only a permanent refusal (a 5xx reply for this mail, repeated) or a mail that cannot be written
 * ends as FAILED.
 */
@ApplicationScoped
public class MailSender implements PeriodicJob {
    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 50;
    /** How long a claim holds: far longer than writing and sending one mail takes. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    /** How long one round may send before the scheduler gets its thread back for other jobs. */
    private static final Duration ROUND = Duration.ofSeconds(20);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int ATTEMPTS_BEFORE_GIVING_UP = 3;
    private static final Duration NO_SERVER_WARNING_EVERY = Duration.ofHours(1);

    private final MailMapper mails;
    private final MailPreferences preferences;
    private final MailLinks links;
    private final Instance<Letter> letterBeans;
    private final SmtpConfig smtp;
    private final Provider<SiteUrl> site;
    private final String siteName;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private volatile Map<String, Letter> letters;
    private volatile SmtpPostman postman;
    private long lastNoServerWarning;

    @Inject
    public MailSender(Database database, MailPreferences preferences, MailLinks links, Instance<Letter> letterBeans,
                      SmtpConfig smtp, Provider<SiteUrl> site, @Named("siteName") String siteName, Clock clock) {
        this.mails = database.mapper(MailMapper.class);
        this.preferences = preferences;
        this.links = links;
        this.letterBeans = letterBeans;
        this.smtp = smtp;
        this.site = site;
        this.siteName = siteName;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public void run() {
        if (!smtp.configured()) {
            warnWhileMailWaits();
            return;
        }
        long endOfRound = System.nanoTime() + ROUND.toNanos();
        try (SmtpPostman.Connection connection = postman().connection()) {
            for (List<Long> due = mails.due(clock.instant(), BATCH); !due.isEmpty() && System.nanoTime() < endOfRound;
                    due = mails.due(clock.instant(), BATCH)) {
                for (long id : due) {
                    if (!deliver(id, connection)) {
                        return;
                    }
                }
            }
        }
    }

    /** Claims, writes and sends one mail; false when the SMTP server cannot be reached, which ends the round. */
    private boolean deliver(long id, SmtpPostman.Connection connection) {
        Instant now = clock.instant();
        if (mails.claim(id, node, now, now.plus(CLAIM)) == 0) {
            return true;
        }
        QueuedMail mail = mails.byId(id);
        Optional<MailList> list = mail.list();
        if (list.isPresent() && !preferences.receives(mail.userId(), list.get())) {
            mails.finish(id, node, "SKIPPED", clock.instant(), "unsubscribed from " + list.get().wireName());
            return true;
        }
        Optional<Mail> written;
        MimeMessage message;
        try {
            Addressee to = new Addressee(mail.address(), mail.userName(),
                    list.map(l -> links.unsubscribeUrl(mail.userPublicId(), l)).orElse(null),
                    links.preferencesUrl(mail.userPublicId()));
            Letter letter = letters().get(mail.kind());
            if (letter == null) {
                throw new IllegalStateException("no letter writes mail of kind '" + mail.kind() + "'");
            }
            written = letter.write(mail, to);
            if (written.isEmpty()) {
                mails.finish(id, node, "SKIPPED", clock.instant(), "no longer relevant");
                return true;
            }
            message = postman().compose(mail.mailKey(), to, written.get(), clock.instant());
        } catch (RuntimeException | MessagingException e) {
            LOG.error("Cannot write mail {} ({})", mail.mailKey(), mail.kind(), e);
            failed(mail, e, mail.attempts() + 1 >= ATTEMPTS_BEFORE_GIVING_UP);
            return true;
        }
        try {
            connection.send(message);
        } catch (MessagingException e) {
            boolean refused = SmtpPostman.refusedForGood(e);
            LOG.warn("Mail {} not sent (attempt {}): {}", mail.mailKey(), mail.attempts() + 1, e.getMessage());
            failed(mail, e, refused && mail.attempts() + 1 >= ATTEMPTS_BEFORE_GIVING_UP);
            return refused;
        }
        if (mails.finish(id, node, "SENT", clock.instant(), null) == 0) {
            LOG.warn("Mail {} was sent after its claim ran out; another node may send it again", mail.mailKey());
        }
        return true;
    }

    private void failed(QueuedMail mail, Exception e, boolean forGood) {
        String error = String.valueOf(e.getMessage());
        mails.failed(mail.id(), node, forGood ? "FAILED" : "QUEUED", clock.instant().plus(backoff(mail.attempts() + 1)),
                error.length() > 500 ? error.substring(0, 500) : error);
    }

    /** The wait after the {@code attempts}-th failure: 1, 2, 4 … minutes, at most an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 10);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private void warnWhileMailWaits() {
        long now = System.nanoTime();
        if (lastNoServerWarning != 0 && now - lastNoServerWarning < NO_SERVER_WARNING_EVERY.toNanos()) {
            return;
        }
        long waiting = mails.count("QUEUED");
        if (waiting > 0) {
            lastNoServerWarning = now;
            LOG.warn("{} mail(s) are queued and wait for an SMTP server: set masthead.mail.smtp.host"
                    + " (MASTHEAD_SMTP_HOST) to send them", waiting);
        }
    }

    private Map<String, Letter> letters() {
        Map<String, Letter> byKind = letters;
        if (byKind == null) {
            byKind = new HashMap<>();
            for (Letter letter : letterBeans) {
                for (String kind : letter.kinds()) {
                    if (byKind.put(kind, letter) != null) {
                        throw new IllegalStateException("two letters write mail of kind '" + kind + "'");
                    }
                }
            }
            letters = byKind;
        }
        return byKind;
    }

    /** Made on first use: the site's public URL, which names the sender, is known only once the server listens. */
    private SmtpPostman postman() {
        SmtpPostman current = postman;
        if (current == null) {
            current = new SmtpPostman(smtp, site.get().base(), siteName);
            postman = current;
        }
        return current;
    }
}
