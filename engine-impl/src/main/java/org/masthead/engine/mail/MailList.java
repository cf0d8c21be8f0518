package org.masthead.engine.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The mailing lists a person can leave, each with its own preference and unsubscribe link. Administrative mail
 * (security and account notices) belongs to no list: it goes out whatever the preferences say.
 */
public enum MailList {
    NEWSLETTER("new stories from the writers and publications you follow", "on"),
    DIGEST("the digest of stories picked for you", "daily"),
    FOLLOWER("new followers", "on"),
    RESPONSE("responses to your stories", "on"),
    CLAPS("the daily summary of claps on your stories", "on"),
    SUBMISSION("publication decisions on your submissions", "on"),
    BOOST("Boosts of your stories", "on");

    private final String description;
    private final String defaultSetting;

    MailList(String description, String defaultSetting) {
        this.description = description;
        this.defaultSetting = defaultSetting;
    }

    /** The name in URLs, the API and the database, such as {@code newsletter}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the list sends, for pages: "new followers". */
    public String description() {
        return description;
    }

    /** {@code on} for every list but the digest, which is {@code daily} unless changed. */
    public String defaultSetting() {
        return defaultSetting;
    }

    /** The setting that stops the list's mail. */
    public static final String OFF = "off";

    /** The list named {@code wireName}, if there is one. */
    public static Optional<MailList> parse(String wireName) {
        return Arrays.stream(values()).filter(list -> list.wireName().equals(wireName)).findFirst();
    }
}
