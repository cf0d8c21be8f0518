package org.masthead.plugins.payout;

import org.masthead.api.plugin.Setting;

/**
 * Settings of the Partner Program payout model.
 *
 * @param creatorShare the share of each member's dues that goes to the writers they read, in [0, 1]
 */
public record PartnerProgramConfig(
        @Setting(value = "Share of a member's dues paid to writers (0 to 1)", min = 0, max = 1) double creatorShare) {
    public PartnerProgramConfig {
        if (!(creatorShare >= 0 && creatorShare <= 1)) {
            throw new IllegalArgumentException("the creator share must be between 0 and 1: " + creatorShare);
        }
    }

    /** The defaults: half of the dues goes to writers. */
    public PartnerProgramConfig() {
        this(0.5);
    }
}
