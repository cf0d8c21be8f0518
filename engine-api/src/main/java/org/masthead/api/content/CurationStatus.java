package org.masthead.api.content;

import org.apiguardian.api.API;

/**
 * Where a story stands in curation, with the names Medium exposes to authors
 * ({@code CURATION_STATUS_PENDING} and so on, see {@link #wireName()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CurationStatus {
    /** Never went through curation, for example an imported story. */
    DISABLED,
    /** Passed the automatic eligibility check and waits for a human review. */
    PENDING,
    /** Reviewed by a human (or disqualified by the automatic check) and not distributed to the network. */
    NOT_DISTRIBUTED,
    /** Could not be reviewed by a human within the review window; stays eligible for general distribution. */
    NOT_REVIEWED,
    /** Curated by a human into its primary topic. */
    DISTRIBUTED;

    /** The name in the API and in Medium's exports, such as {@code CURATION_STATUS_PENDING}. */
    public String wireName() {
        return "CURATION_STATUS_" + name();
    }

    /** Parses {@link #wireName()} or the bare constant name. */
    public static CurationStatus fromWireName(String name) {
        String bare = name.startsWith("CURATION_STATUS_") ? name.substring("CURATION_STATUS_".length()) : name;
        return valueOf(bare);
    }
}
