package org.masthead.engine.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.mail.Addressee;
import org.masthead.engine.mail.LinkSigner;
import org.masthead.engine.mail.Letter;
import org.masthead.engine.mail.Mail;
import org.masthead.engine.mail.MailOutbox;
import org.masthead.engine.mail.MailTemplates;
import org.masthead.engine.mail.QueuedMail;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.SiteUrl;

/**
 * Changing one's email address: asked for with the password, confirmed from the new address by a single-use link
 * that expires after a day, while the old address gets a security notice. Both mails are administrative: they go
 * out whatever the person's mail preferences. The link is {@code <change id>.<signature>}: nothing secret is
 * stored, and confirming deletes the change, so a link works once.
 */
@ApplicationScoped
public class EmailChanges implements Letter {
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final String CONFIRMATION = "email-change";
    private static final String NOTICE = "email-change-notice";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /**
     * A change of address to request.
     *
     * @param email    the new address
     * @param password the account's password
     */
    public record Request(String email, String password) {
    }

    /**
     * A change waiting for its confirmation.
     *
     * @param email     the new address
     * @param expiresAt when the confirmation link stops working
     */
    public record Pending(String email, Instant expiresAt) {
    }

    /**
     * The confirmation mail's content.
     *
     * @param email     the new address
     * @param url       the confirmation link
     * @param expiresAt when it expires, readable
     */
    public record ConfirmationView(String email, String url, String expiresAt) {
    }

    /**
     * The security notice's content.
     *
     * @param email       the new address, partly hidden
     * @param requestedAt when the change was asked for, readable
     */
    public record NoticeView(String email, String requestedAt) {
    }

    private final Database database;
    private final EmailChangeMapper changes;
    private final UserService users;
    private final LoginThrottle throttle;
    private final MailOutbox outbox;
    private final LinkSigner signer;
    private final MailTemplates templates;
    private final Provider<SiteUrl> site;
    private final Clock clock;

    @Inject
    public EmailChanges(Database database, UserService users, LoginThrottle throttle, MailOutbox outbox,
                        LinkSigner signer, MailTemplates templates, Provider<SiteUrl> site, Clock clock) {
        this.database = database;
        this.changes = database.mapper(EmailChangeMapper.class);
        this.users = users;
        this.throttle = throttle;
        this.outbox = outbox;
        this.signer = signer;
        this.templates = templates;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Asks to change {@code userId}'s address, replacing any earlier request, and queues the two mails.
     *
     * @throws ApiException 400 {@code invalid_email} or {@code same_email}, 403 {@code wrong_password}, 409
     *                      {@code email_taken}, 429 {@code too_many_attempts} after repeated wrong passwords
     */
    public Pending request(long userId, Request request) {
        ApiException.requireBody(request);
        String email = UserService.email(request.email());
        UserRow user = users.byId(userId).orElseThrow(ApiException::unauthorized);
        throttle.check(user.email());
        if (users.authenticate(user.email(), request.password()).isEmpty()) {
            throttle.failed(user.email());
            throw new ApiException(403, "wrong_password", "the password is not right");
        }
        if (email.equals(user.email())) {
            throw ApiException.badRequest("same_email", "that is already the account's address");
        }
        if (users.emailTaken(email)) {
            throw ApiException.conflict("email_taken", "another account uses that email address");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        database.inTransaction(() -> {
            changes.deleteOf(userId);
            String publicId = PublicIds.next();
            changes.insert(publicId, userId, email, now, expires);
            long id = changes.byPublicId(publicId).id();
            outbox.enqueue(new MailOutbox.Envelope(CONFIRMATION + ":" + id, CONFIRMATION, null, userId, email, id, ""));
            outbox.enqueue(new MailOutbox.Envelope(NOTICE + ":" + id, NOTICE, null, userId, user.email(), id,
                    masked(email)));
        });
        return new Pending(email, expires);
    }

    /** The change {@code userId} is waiting to confirm, if any. */
    public Optional<Pending> pending(long userId) {
        return Optional.ofNullable(changes.pendingOf(userId, clock.instant()))
                .map(change -> new Pending(change.newEmail(), change.expiresAt()));
    }

    /**
     * The change a confirmation link is for, without confirming it.
     *
     * @throws ApiException 404 {@code invalid_link}, 410 {@code link_expired}
     */
    public Pending check(String token) {
        EmailChangeMapper.ChangeRow change = valid(token);
        return new Pending(change.newEmail(), change.expiresAt());
    }

    /**
     * Confirms the change a link is for: the account gets the new address and the link stops working.
     *
     * @throws ApiException 404 {@code invalid_link} (also for a link used already), 410 {@code link_expired}, 409
     *                      {@code email_taken} when another account took the address meanwhile
     */
    public String confirm(String token) {
        return database.inTransaction(() -> {
            EmailChangeMapper.ChangeRow change = valid(token);
            if (changes.delete(change.id()) == 0) {
                throw invalidLink();
            }
            users.changeEmail(change.userId(), change.newEmail());
            return change.newEmail();
        });
    }

    private EmailChangeMapper.ChangeRow valid(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            throw invalidLink();
        }
        EmailChangeMapper.ChangeRow change = changes.byPublicId(token.substring(0, dot));
        if (change == null || !signer.verify(token.substring(dot + 1), CONFIRMATION, parts(change))) {
            throw invalidLink();
        }
        if (!change.expiresAt().isAfter(clock.instant())) {
            throw new ApiException(410, "link_expired", "This link has expired. Ask for the change again.");
        }
        return change;
    }

    private static ApiException invalidLink() {
        return new ApiException(404, "invalid_link", "This link is not valid: it was used already, replaced by a"
                + " newer request, or cut short when it was copied.");
    }

    private static String[] parts(EmailChangeMapper.ChangeRow change) {
        return new String[] {change.publicId(), Long.toString(change.userId()), change.newEmail(),
            Long.toString(change.expiresAt().toEpochMilli())};
    }

    @Override
    public Set<String> kinds() {
        return Set.of(CONFIRMATION, NOTICE);
    }

    @Override
    public Optional<Mail> write(QueuedMail mail, Addressee to) {
        EmailChangeMapper.ChangeRow change = changes.byId(mail.subjectId());
        if (mail.kind().equals(NOTICE)) {
            // The notice goes out even when the change is gone: it warns of the request, whatever became of it.
            Instant requested = change == null ? clock.instant() : change.createdAt();
            return Optional.of(templates.write(NOTICE, "A change of your email address was requested", to,
                    Map.of("notice", new NoticeView(mail.detail(), TIME.format(requested)))));
        }
        if (change == null || !change.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        String token = change.publicId() + "." + signer.sign(CONFIRMATION, parts(change));
        return Optional.of(templates.write(CONFIRMATION, "Confirm your new email address", to,
                Map.of("change", new ConfirmationView(change.newEmail(),
                        site.get().of("account/email/confirm/" + token), TIME.format(change.expiresAt())))));
    }

    /** {@code ana@example.org} as {@code a••@example.org}: enough to recognise, not to harvest. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "••" + email.substring(at);
    }
}
