package org.masthead.engine.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.mail.MailOutbox;
import org.masthead.engine.mail.MailPreferences;
import org.masthead.engine.web.ApiException;

/**
 * A person's notifications: written once per logical event (its key), listed in the app, and mailed as well when
 * the person wants that kind by mail.
 */
@ApplicationScoped
public class NotificationService {
    static final String MAIL_KIND = "notification";
    private static final int MAX_LIST = 100;

    /**
     * A notification to write.
     *
     * @param userId        who it is for
     * @param kind          what it is about
     * @param key           names it: the same key is written once, however often its event is handled
     * @param actorId       who did it, or {@code null}
     * @param storyId       the story it is about, or {@code null}
     * @param publicationId the publication it is about, or {@code null}
     * @param detail        kind-specific detail
     */
    public record Notice(long userId, NoticeKind kind, String key, Long actorId, Long storyId, Long publicationId,
                         String detail) {
    }

    /**
     * A page of notifications.
     *
     * @param unread        how many are unread in all
     * @param notifications the latest first
     */
    public record Page(long unread, List<NotificationRow> notifications) {
    }

    private final Database database;
    private final NotificationMapper notifications;
    private final MailOutbox mail;
    private final MailPreferences preferences;
    private final Clock clock;

    @Inject
    public NotificationService(Database database, MailOutbox mail, MailPreferences preferences, Clock clock) {
        this.database = database;
        this.notifications = database.mapper(NotificationMapper.class);
        this.mail = mail;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** Writes {@code notice} unless its key was written before, and queues its mail if the person wants it. */
    public void notify(Notice notice) {
        database.inTransaction(() -> {
            if (notifications.countKey(notice.key()) > 0) {
                return;
            }
            notifications.insert(PublicIds.next(), notice.kind().name(), notice, clock.instant());
            if (preferences.receives(notice.userId(), notice.kind().list())) {
                mail.enqueue(new MailOutbox.Envelope(notice.key(), MAIL_KIND, notice.kind().list(), notice.userId(),
                        null, notifications.idOf(notice.key()), ""));
            }
        });
    }

    /** The latest notifications of {@code me} (all, or only the unread ones), at most {@code limit}. */
    public Page list(CurrentUser me, boolean unreadOnly, Integer limit) {
        return new Page(notifications.unread(me.id()), notifications.of(me.id(), unreadOnly,
                ApiException.limit(limit, 30, MAX_LIST)));
    }

    /**
     * Marks one notification of {@code me} read; idempotent.
     *
     * @throws ApiException 404 when {@code me} has no notification with that id
     */
    public void markRead(CurrentUser me, String publicId) {
        if (notifications.markRead(publicId, me.id(), clock.instant()) == 0
                && notifications.countOwn(publicId, me.id()) == 0) {
            throw ApiException.notFound("notification");
        }
    }

    /** Marks every notification of {@code me} read. */
    public void markAllRead(CurrentUser me) {
        notifications.markAllRead(me.id(), clock.instant());
    }

    /** The notification with database id {@code id}, for its mail. */
    NotificationRow byId(long id) {
        return notifications.byId(id);
    }
}
