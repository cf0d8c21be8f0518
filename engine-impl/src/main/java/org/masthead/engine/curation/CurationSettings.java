package org.masthead.engine.curation;

import org.masthead.engine.site.Tunable;

/**
 * The engine's side of curation that admins tune.
 *
 * @param reviewWindowHours  hours after eligibility a pending story waits for a curator before it becomes not
 *                           reviewed (1 to 2160, 90 days)
 * @param boostQuotaPerMonth how many stories each publication's editors may nominate for Boost per calendar month
 *                           (UTC), unless the publication has a quota of its own (0 to 1000)
 */
public record CurationSettings(Integer reviewWindowHours, Integer boostQuotaPerMonth)
        implements Tunable<CurationSettings> {
    static final CurationSettings DEFAULTS = new CurationSettings(7 * 24, 5);
    static final int MAX_WINDOW_HOURS = 90 * 24;
    static final int MAX_QUOTA = 1000;

    /** Fills what a partial update left out from {@code current}, and validates the result. */
    @Override
    public CurationSettings over(CurationSettings current) {
        CurationSettings merged = new CurationSettings(
                reviewWindowHours != null ? reviewWindowHours : current.reviewWindowHours(),
                boostQuotaPerMonth != null ? boostQuotaPerMonth : current.boostQuotaPerMonth());
        if (merged.reviewWindowHours() < 1 || merged.reviewWindowHours() > MAX_WINDOW_HOURS) {
            throw new IllegalArgumentException("reviewWindowHours must be between 1 and " + MAX_WINDOW_HOURS);
        }
        if (merged.boostQuotaPerMonth() < 0 || merged.boostQuotaPerMonth() > MAX_QUOTA) {
            throw new IllegalArgumentException("boostQuotaPerMonth must be between 0 and " + MAX_QUOTA);
        }
        return merged;
    }
}
