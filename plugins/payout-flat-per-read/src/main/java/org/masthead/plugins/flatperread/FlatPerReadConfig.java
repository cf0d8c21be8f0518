package org.masthead.plugins.flatperread;

import org.masthead.api.plugin.Setting;

/**
 * Settings of the flat-per-read payout model.
 *
 * @param creatorShare      the share of each member's dues that goes to the writers they read, in [0, 1]
 * @param qualifyingSeconds reading seconds a story needs that day to count as a read
 */
public record FlatPerReadConfig(
        @Setting(value = "Share of a member's dues paid to writers (0 to 1)", min = 0, max = 1) double creatorShare,
        @Setting(value = "Seconds of reading a story needs that day to count as a read (Medium: 30)", min = 0,
                max = 86_400) long qualifyingSeconds) {

    public FlatPerReadConfig {
        if (!(creatorShare >= 0 && creatorShare <= 1)) {
            throw new IllegalArgumentException("creatorShare must be between 0 and 1: " + creatorShare);
        }
        if (qualifyingSeconds < 0 || qualifyingSeconds > 86_400) {
            throw new IllegalArgumentException("qualifyingSeconds must be between 0 and 86400: " + qualifyingSeconds);
        }
    }

    /** The defaults: half of the dues goes to writers, a read is 30 seconds. */
    public FlatPerReadConfig() {
        this(0.5, 30);
    }
}
