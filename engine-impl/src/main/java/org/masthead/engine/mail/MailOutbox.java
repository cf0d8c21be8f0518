package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.masthead.engine.db.Database;

/**
 * Queues mail. A mail is queued inside the transaction of the change it is about, under a key that names it
 * (queuing the same key again does nothing), and written and sent later by {@link MailSender}. Nothing is sent
 * while no SMTP server is configured: mail waits in the outbox.
 */
@ApplicationScoped
public class MailOutbox {
    /** Administrative mail first, then notifications, then newsletters and digests. */
    private static final int ADMINISTRATIVE = 0;
    private static final int NOTIFICATION = 1;
    private static final int BULK = 2;

    /**
     * One mail to queue.
     *
     * @param key       names the logical mail, such as {@code newsletter:<story>:<user>}; a key is queued once
     * @param kind      the {@link Letter} kind that writes it
     * @param list      its mailing list, or {@code null} for administrative mail (sent whatever the preferences)
     * @param userId    the recipient's account
     * @param toAddress an address other than the account's current one, or {@code null}
     * @param subjectId what it is about, for the letter
     * @param detail    kind-specific detail, up to 300 characters
     */
    public record Envelope(String key, String kind, MailList list, long userId, String toAddress, long subjectId,
                           String detail) {
        public Envelope {
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * How the outbox stands, for {@code /health}.
     *
     * @param smtp    {@code configured}, or {@code not configured} when mail waits for a server
     * @param waiting mails queued or being sent
     * @param failed  mails the SMTP server refused for good
     */
    public record Status(String smtp, long waiting, long failed) {
    }

    private final Database database;
    private final MailMapper mails;
    private final SmtpConfig smtp;
    private final Clock clock;

    @Inject
    public MailOutbox(Database database, SmtpConfig smtp, Clock clock) {
        this.database = database;
        this.mails = database.mapper(MailMapper.class);
        this.smtp = smtp;
        this.clock = clock;
    }

    /** Queues a mail unless its key is queued already; joins the caller's transaction. */
    public boolean enqueue(Envelope envelope) {
        return database.inTransaction(() -> {
            if (mails.countKey(envelope.key()) > 0) {
                return false;
            }
            mails.insert(envelope, envelope.list() == null ? "" : envelope.list().wireName(), priority(envelope.list()),
                    clock.instant());
            return true;
        });
    }

    /**
     * Queues a mail of {@code kind} about {@code storyId} for everyone who followed the writer {@code authorId} or
     * the publication {@code publicationId} (if any) by {@code asOf}, once per person, under the key
     * {@code kind:story:user}.
     * People who left {@code list} or muted the writer are left out.
     *
     * @return how many were queued now
     */
    public int enqueueForFollowers(String kind, MailList list, long storyId, long authorId, Long publicationId,
                                   Instant asOf) {
        return database.inTransaction(() -> mails.insertForFollowers(kind + ":" + storyId + ":", kind, list.wireName(),
                priority(list), storyId, authorId, publicationId == null ? -1 : publicationId, asOf,
                clock.instant()));
    }

    public Status status() {
        return new Status(smtp.configured() ? "configured" : "not configured",
                mails.count("QUEUED") + mails.count("SENDING"), mails.count("FAILED"));
    }

    private static int priority(MailList list) {
        if (list == null) {
            return ADMINISTRATIVE;
        }
        return list == MailList.NEWSLETTER || list == MailList.DIGEST ? BULK : NOTIFICATION;
    }
}
