package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.web.ApiException;

/** Which mailing lists a person receives. Administrative mail is not a list and cannot be turned off. */
@ApplicationScoped
public class MailPreferences {
    private static final Set<String> DIGEST_SETTINGS = Set.of("daily", "weekly", MailList.OFF);

    /**
     * A person's mail preferences; in a change, a field left out stays as it is.
     *
     * @param newsletter    mail when a writer or publication they follow publishes and asks to tell followers
     * @param digest        {@code daily}, {@code weekly} or {@code off}
     * @param notifications which notifications also come by mail
     */
    public record Preferences(Boolean newsletter, String digest, Notifications notifications) {
    }

    /**
     * Which notifications also come by mail; they are always listed in the app.
     *
     * @param follower   someone followed you
     * @param response   someone responded to your story
     * @param claps      the daily summary of claps on your stories
     * @param submission an editor decided on your submission to a publication
     * @param boost      curators Boosted your story
     */
    public record Notifications(Boolean follower, Boolean response, Boolean claps, Boolean submission,
                                Boolean boost) {
    }

    private final Database database;
    private final PreferenceMapper preferences;
    private final Clock clock;

    @Inject
    public MailPreferences(Database database, Clock clock) {
        this.database = database;
        this.preferences = database.mapper(PreferenceMapper.class);
        this.clock = clock;
    }

    /** Whether {@code userId} receives the mail of {@code list}. */
    public boolean receives(long userId, MailList list) {
        return !MailList.OFF.equals(setting(userId, list));
    }

    /** The setting of one list: {@code on}/{@code off}, or for the digest {@code daily}/{@code weekly}/{@code off}. */
    public String setting(long userId, MailList list) {
        String setting = preferences.setting(userId, list.wireName());
        return setting == null ? list.defaultSetting() : setting;
    }

    /** Everything {@code userId} chose, defaults filled in. */
    public Preferences of(long userId) {
        Map<MailList, String> settings = new EnumMap<>(MailList.class);
        for (MailList list : MailList.values()) {
            settings.put(list, list.defaultSetting());
        }
        preferences.of(userId).forEach(row -> MailList.parse(row.listName())
                .ifPresent(list -> settings.put(list, row.setting())));
        return new Preferences(on(settings, MailList.NEWSLETTER), settings.get(MailList.DIGEST),
                new Notifications(on(settings, MailList.FOLLOWER), on(settings, MailList.RESPONSE),
                        on(settings, MailList.CLAPS), on(settings, MailList.SUBMISSION), on(settings, MailList.BOOST)));
    }

    /**
     * Applies a change and returns the result.
     *
     * @throws ApiException 400 {@code invalid_digest} for a digest setting other than daily, weekly or off
     */
    public Preferences change(long userId, Preferences change) {
        Map<MailList, String> settings = new EnumMap<>(MailList.class);
        put(settings, MailList.NEWSLETTER, change.newsletter());
        if (change.digest() != null) {
            String digest = change.digest().strip().toLowerCase(Locale.ROOT);
            if (!DIGEST_SETTINGS.contains(digest)) {
                throw ApiException.badRequest("invalid_digest", "digest must be daily, weekly or off");
            }
            settings.put(MailList.DIGEST, digest);
        }
        Notifications notifications = change.notifications();
        if (notifications != null) {
            put(settings, MailList.FOLLOWER, notifications.follower());
            put(settings, MailList.RESPONSE, notifications.response());
            put(settings, MailList.CLAPS, notifications.claps());
            put(settings, MailList.SUBMISSION, notifications.submission());
            put(settings, MailList.BOOST, notifications.boost());
        }
        DuplicateKeys.inTransaction(database, () -> settings.forEach((list, setting) -> set(userId, list, setting)));
        return of(userId);
    }

    /** Turns {@code list} off for {@code userId}; idempotent. */
    public void unsubscribe(long userId, MailList list) {
        DuplicateKeys.inTransaction(database, () -> set(userId, list, MailList.OFF));
    }

    private void set(long userId, MailList list, String setting) {
        if (preferences.update(userId, list.wireName(), setting, clock.instant()) == 0) {
            preferences.insert(userId, list.wireName(), setting, clock.instant());
        }
    }

    private static void put(Map<MailList, String> settings, MailList list, Boolean on) {
        if (on != null) {
            settings.put(list, on ? "on" : MailList.OFF);
        }
    }

    private static boolean on(Map<MailList, String> settings, MailList list) {
        return !MailList.OFF.equals(settings.get(list));
    }
}
