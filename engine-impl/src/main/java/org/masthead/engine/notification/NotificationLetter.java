package org.masthead.engine.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.engine.mail.Addressee;
import org.masthead.engine.mail.Letter;
import org.masthead.engine.mail.Mail;
import org.masthead.engine.mail.MailTemplates;
import org.masthead.engine.mail.QueuedMail;
import org.masthead.engine.web.SiteUrl;

/** Writes the mail of a notification: its sentence as the subject, and a link to what it is about. */
@ApplicationScoped
public class NotificationLetter implements Letter {

    /**
     * The notification as its mail shows it.
     *
     * @param message the sentence
     * @param url     absolute link
     */
    public record NoticeView(String message, String url) {
    }

    private final NotificationService notifications;
    private final MailTemplates templates;
    private final Provider<SiteUrl> site;

    @Inject
    public NotificationLetter(NotificationService notifications, MailTemplates templates, Provider<SiteUrl> site) {
        this.notifications = notifications;
        this.templates = templates;
        this.site = site;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(NotificationService.MAIL_KIND);
    }

    @Override
    public Optional<Mail> write(QueuedMail mail, Addressee to) {
        return Optional.ofNullable(notifications.byId(mail.subjectId())).map(row -> {
            NoticeText text = NoticeText.of(row);
            return templates.write("notification", text.message(), to,
                    Map.of("notice", new NoticeView(text.message(), site.get().of(text.path()))));
        });
    }
}
