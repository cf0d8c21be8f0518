package org.masthead.api.content;

import org.apiguardian.api.API;

/**
 * The three distribution tiers of Medium's guidelines. Tiers govern only the site's own surfaces and mail:
 * every published story stays reachable by its URL and by search engines whatever its tier.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DistributionTier {
    /** Only the followers of the writer or publication see it: the baseline for any story within the rules. */
    NETWORK,
    /** Also matched to interested readers by topic and related writers. */
    GENERAL,
    /** Curated: general distribution with a higher matching priority. */
    BOOST;

    /**
     * The tier that a curation outcome maps to: disqualified or not distributed stay in the network, eligible and
     * distributed stories go general, and a live Boost lifts any non-disqualified story to the Boost tier.
     *
     * @param status  the story's curation status
     * @param eligible whether the automatic check found it eligible
     * @param boosted  whether a Boost is in force now
     */
    public static DistributionTier of(CurationStatus status, boolean eligible, boolean boosted) {
        if (!eligible || status == CurationStatus.NOT_DISTRIBUTED) {
            return NETWORK;
        }
        return boosted ? BOOST : GENERAL;
    }
}
