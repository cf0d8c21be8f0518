package org.masthead.plugins.payout;

import java.lang.reflect.RecordComponent;
import org.masthead.api.plugin.Setting;

/**
 * Weights and limits of the Partner Program payout model; {@link PartnerProgramPayoutModel} and docs/payouts.md give
 * the formula they plug into. Every component's {@link Setting} range is the one the constructor enforces, so the
 * console's form and the validation cannot drift. The lower bounds of {@code qualifyingSeconds},
 * {@code minuteWeight} and {@code readRatioMin} are above zero on purpose: they make every qualifying read worth
 * more than zero points, so the pool can always be split.
 *
 * @param creatorShare        the share of each member's dues that goes to the writers they read, in [0, 1]
 * @param qualifyingSeconds   reading seconds a story needs that day before it earns anything
 * @param maxSecondsPerStory  reading seconds of one story that count per member and day, at most
 * @param minuteWeight        points per counted minute of member reading
 * @param clapWeight          engagement points for clapping
 * @param highlightWeight     engagement points for highlighting
 * @param responseWeight      engagement points for responding
 * @param newFollowWeight     engagement points for following the writer for the first time after reading
 * @param maxEngagementPoints engagement points one story earns from one member and day, at most
 * @param followerBonus       factor of the points when the member already followed the writer or publication
 * @param boostBonus          factor of the points when the story was Boosted that day
 * @param readRatioPivot      the story read ratio that leaves the points unchanged (a typical story's)
 * @param readRatioMin        the read-ratio factor at least
 * @param readRatioMax        the read-ratio factor at most
 */
public record PartnerProgramConfig(
        @Setting(value = "Share of a member's dues paid to writers (0 to 1)", min = 0, max = 1) double creatorShare,
        @Setting(value = "Seconds of reading a story needs that day before it earns (Medium: 30)", min = 1,
                max = 86_400) long qualifyingSeconds,
        @Setting(value = "Seconds of reading of one story that count per member and day, at most", min = 1,
                max = 86_400) long maxSecondsPerStory,
        @Setting(value = "Points per minute of member reading", min = 0.01, max = 100) double minuteWeight,
        @Setting(value = "Engagement points when the member clapped", min = 0, max = 100) double clapWeight,
        @Setting(value = "Engagement points when the member highlighted", min = 0, max = 100) double highlightWeight,
        @Setting(value = "Engagement points when the member responded", min = 0, max = 100) double responseWeight,
        @Setting(value = "Engagement points when the member followed the writer for the first time after reading",
                min = 0, max = 100) double newFollowWeight,
        @Setting(value = "Engagement points one story earns from one member and day, at most", min = 0, max = 1000)
        double maxEngagementPoints,
        @Setting(value = "Factor of the points when the member already followed the writer or the publication",
                min = 1, max = 100) double followerBonus,
        @Setting(value = "Factor of the points when the story was Boosted that day", min = 1, max = 100)
        double boostBonus,
        @Setting(value = "Read ratio (reads per view, 0 to 1) of a typical story: a story with this ratio keeps its"
                + " points; the factor is the story's ratio divided by this", min = 0.01, max = 1)
        double readRatioPivot,
        @Setting(value = "Read-ratio factor at least (1 turns the lower side off)", min = 0.01, max = 1)
        double readRatioMin,
        @Setting(value = "Read-ratio factor at most (1 turns the upper side off)", min = 1, max = 100)
        double readRatioMax) {

    public PartnerProgramConfig {
        requireInRanges(creatorShare, qualifyingSeconds, maxSecondsPerStory, minuteWeight, clapWeight,
                highlightWeight, responseWeight, newFollowWeight, maxEngagementPoints, followerBonus, boostBonus,
                readRatioPivot, readRatioMin, readRatioMax);
        if (maxSecondsPerStory < qualifyingSeconds) {
            throw new IllegalArgumentException("maxSecondsPerStory (" + maxSecondsPerStory
                    + ") must not be below qualifyingSeconds (" + qualifyingSeconds + ")");
        }
    }

    /** The defaults, Medium-like; docs/payouts.md explains each value. */
    public PartnerProgramConfig() {
        this(0.5, 30, 1800, 1.0,
                1.0, 1.0, 2.0, 3.0, 5.0,
                2.0, 2.0,
                0.5, 0.5, 1.5);
    }

    /** Checks each value, in component order, against its component's {@link Setting} range. */
    private static void requireInRanges(Number... values) {
        RecordComponent[] components = PartnerProgramConfig.class.getRecordComponents();
        if (values.length != components.length) {
            throw new IllegalStateException("check every component: " + values.length + " of " + components.length);
        }
        for (int i = 0; i < components.length; i++) {
            Setting setting = components[i].getAnnotation(Setting.class);
            double value = values[i].doubleValue();
            if (!(value >= setting.min() && value <= setting.max())) {
                throw new IllegalArgumentException(components[i].getName() + " must be between "
                        + number(setting.min()) + " and " + number(setting.max()) + ": " + values[i]);
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
