package org.masthead.engine.story;

import java.util.Locale;

/** What moderators did to a story, stored in {@code story.moderation}. */
public enum Moderation {
    NONE,
    /** Off the network: the open-platform tier, as if it failed the Distribution Standards; still at its URL. */
    NETWORK_HIDDEN,
    /** Off the site: only its writer and staff see it. */
    SITE_HIDDEN;

    /** The name on the wire, such as {@code network_hidden}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
