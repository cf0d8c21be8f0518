package org.masthead.plugins.faulty;

import java.util.Set;
import org.masthead.api.plugin.Setting;

/**
 * How the faulty ranker misbehaves. Defaults to throwing, so a test that merely installs the plugin already
 * exercises the guard.
 *
 * @param mode        {@code THROW}, {@code SLEEP} or {@code OK}
 * @param sleepMillis how long {@code SLEEP} stalls, past any sensible time budget by default
 */
public record FaultyConfig(@Setting("THROW, SLEEP or OK") String mode,
                           @Setting(value = "sleep millis", min = 0) long sleepMillis) {
    public FaultyConfig {
        if (mode == null || !Set.of("THROW", "SLEEP", "OK").contains(mode)) {
            throw new IllegalArgumentException("mode must be THROW, SLEEP or OK: " + mode);
        }
        if (sleepMillis < 0) {
            throw new IllegalArgumentException("sleep millis must not be negative: " + sleepMillis);
        }
    }

    /** The defaults: throw, and sleep 5 seconds when switched to {@code SLEEP}. */
    public FaultyConfig() {
        this("THROW", 5000);
    }
}
