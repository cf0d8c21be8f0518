package org.masthead.plugins.curation;

import org.masthead.api.plugin.Setting;

/**
 * Settings of the default curation policy.
 *
 * @param boostDays how many days a curator's Boost lasts
 */
public record CurationConfig(@Setting(value = "Days a Boost lasts", min = 1, max = 365) int boostDays) {
    public CurationConfig {
        if (boostDays < 1 || boostDays > 365) {
            throw new IllegalArgumentException("a Boost lasts between 1 and 365 days: " + boostDays);
        }
    }

    /** The defaults: a Boost lasts 30 days. */
    public CurationConfig() {
        this(30);
    }
}
