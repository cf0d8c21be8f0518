package org.masthead.api.ranking;

import org.apiguardian.api.API;

/**
 * Engagement totals of one story, as the engine's ledger holds them.
 *
 * @param views                  page views
 * @param reads                  views that became reads (30 seconds or more of reading)
 * @param memberReadingSeconds   reading time of paying members
 * @param clappers               distinct readers who clapped
 * @param claps                  claps in total (up to 50 per reader)
 * @param responses              responses
 * @param highlights             highlights
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Engagement(long views, long reads, long memberReadingSeconds, long clappers, long claps,
                         long responses, long highlights) {

    /** No engagement yet. */
    public static final Engagement NONE = new Engagement(0, 0, 0, 0, 0, 0, 0);

    public Engagement {
        if (views < 0 || reads < 0 || memberReadingSeconds < 0 || clappers < 0 || claps < 0 || responses < 0
                || highlights < 0) {
            throw new IllegalArgumentException("engagement counts must not be negative");
        }
    }

    /** Reads per view in [0, 1]; 0 for a story nobody viewed. */
    public double readRatio() {
        return views == 0 ? 0 : Math.min(1.0, (double) reads / views);
    }
}
