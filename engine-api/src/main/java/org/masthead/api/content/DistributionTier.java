package org.masthead.api.content;

import org.apiguardian.api.API;

/**
 * How far the site itself distributes a story: the three tiers of Medium's guidelines, preceded by the open platform
 * where a disqualified story stays. Tiers govern only the site's own surfaces and mail: every published story stays
 * reachable by its URL and by search engines whatever its tier. Declared in increasing reach.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DistributionTier {
    /**
     * Disqualified by the distribution standards (failed the automatic check): reachable by URL and listed in the
     * Following tab of its writer's and publication's followers, and nowhere else on the site or in mail.
     */
    OPEN_PLATFORM,
    /** Only the followers of the writer or publication see it: the baseline for any story within the rules. */
    NETWORK,
    /** Also matched to interested readers by topic and related writers. */
    GENERAL,
    /** Curated: general distribution with a higher matching priority. */
    BOOST;

    /**
     * The tier that a curation outcome maps to: a story that failed the automatic check (not distributed and never
     * eligible) stays on the open platform; one not yet eligible (imported, or still waiting for the check) or
     * not distributed by a curator stays in the network; eligible and distributed stories go general, and a live
     * Boost lifts any of those to the Boost tier.
     *
     * @param status  the story's curation status
     * @param eligible whether the automatic check found it eligible
     * @param boosted  whether a Boost is in force now
     */
    public static DistributionTier of(CurationStatus status, boolean eligible, boolean boosted) {
        if (!eligible && status == CurationStatus.NOT_DISTRIBUTED) {
            return OPEN_PLATFORM;
        }
        if (!eligible || status == CurationStatus.NOT_DISTRIBUTED) {
            return NETWORK;
        }
        return boosted ? BOOST : GENERAL;
    }
}
