package org.masthead.engine.curation;

/**
 * The engine's side of curation that admins tune: how long curators have to review a story.
 *
 * @param reviewWindowHours hours after eligibility a pending story waits for a curator before it becomes not
 *                          reviewed (1 to 2160, 90 days)
 */
public record CurationSettings(Integer reviewWindowHours) {
    static final CurationSettings DEFAULTS = new CurationSettings(7 * 24);
    static final int MAX_WINDOW_HOURS = 90 * 24;

    /** Fills what a partial update left out from {@code current}, and validates the result. */
    CurationSettings over(CurationSettings current) {
        CurationSettings merged = new CurationSettings(reviewWindowHours != null ? reviewWindowHours
                : current.reviewWindowHours());
        if (merged.reviewWindowHours() < 1 || merged.reviewWindowHours() > MAX_WINDOW_HOURS) {
            throw new IllegalArgumentException("reviewWindowHours must be between 1 and " + MAX_WINDOW_HOURS);
        }
        return merged;
    }
}
