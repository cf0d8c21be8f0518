package org.masthead.api.ranking;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.masthead.api.content.StorySummary;

/**
 * A story the engine offers to the ranker, with its engagement and why the engine picked it.
 *
 * @param story      the story
 * @param engagement its engagement totals
 * @param sources    which candidate sources produced it (at least one)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Candidate(StorySummary story, Engagement engagement, Set<Source> sources) {
    public Candidate {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(engagement, "engagement");
        sources = Set.copyOf(sources);
    }

    /** Why a story became a candidate. */
    public enum Source {
        FOLLOWED_WRITER, FOLLOWED_PUBLICATION, FOLLOWED_TAG, TOPIC_AFFINITY, NETWORK, BOOSTED, STAFF_PICK,
        SAME_AUTHOR, SAME_PUBLICATION, SAME_TAG, LATEST
    }
}
