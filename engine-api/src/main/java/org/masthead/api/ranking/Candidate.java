package org.masthead.api.ranking;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.masthead.api.content.StorySummary;

/**
 * A story the engine offers to the ranker, with its engagement, its writer and why the engine picked it.
 *
 * @param story      the story
 * @param engagement its engagement totals
 * @param sources    which candidate sources produced it (at least one)
 * @param writer     the story's writer as ranking sees them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Candidate(StorySummary story, Engagement engagement, Set<Source> sources, Writer writer) {
    public Candidate {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(writer, "writer");
        sources = Set.copyOf(sources);
    }

    /** Why a story became a candidate. */
    public enum Source {
        FOLLOWED_WRITER, FOLLOWED_PUBLICATION, FOLLOWED_TAG, TOPIC_AFFINITY, NETWORK, BOOSTED, STAFF_PICK,
        SAME_AUTHOR, SAME_PUBLICATION, SAME_TAG, LATEST
    }

    /**
     * The writer of a candidate story: the name reasons show ("You follow Ana") and how many readers already follow
     * them, which lets a ranker give small and new writers a chance to be discovered.
     *
     * @param name      the writer's display name
     * @param followers how many readers follow the writer now
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Writer(String name, long followers) {
        public Writer {
            Objects.requireNonNull(name, "name");
            if (followers < 0) {
                throw new IllegalArgumentException("followers must not be negative");
            }
        }
    }
}
