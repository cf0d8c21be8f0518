package org.masthead.api.ranking;

import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;

/**
 * The reader a feed is ranked for, as far as ranking needs to know them.
 *
 * @param id                   the reader, or {@code null} when logged out
 * @param member               whether they are a paying member
 * @param followedWriters      writers they follow
 * @param followedPublications publications they follow
 * @param followedTags         tag slugs they follow
 * @param topicAffinity        tag slug to affinity in [0, 1], learned from reading time, claps and highlights
 * @param shownLessTopics      tag slugs they asked to see less of
 * @param shownLessWriters     writers they asked to see less of
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Viewer(UserId id, boolean member, Set<UserId> followedWriters, Set<PublicationId> followedPublications,
                     Set<String> followedTags, Map<String, Double> topicAffinity, Set<String> shownLessTopics,
                     Set<UserId> shownLessWriters) {
    public Viewer {
        followedWriters = Set.copyOf(followedWriters);
        followedPublications = Set.copyOf(followedPublications);
        followedTags = Set.copyOf(followedTags);
        topicAffinity = Map.copyOf(topicAffinity);
        shownLessTopics = Set.copyOf(shownLessTopics);
        shownLessWriters = Set.copyOf(shownLessWriters);
    }

    /** A logged-out reader. */
    public static Viewer anonymous() {
        return new Viewer(null, false, Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of());
    }

    /** Whether nobody is logged in. */
    public boolean isAnonymous() {
        return id == null;
    }

    /** Whether they follow the story's writer or its publication: the audience of a Network-tier story. */
    public boolean follows(StorySummary story) {
        return followedWriters.contains(story.author())
                || story.publication() != null && followedPublications.contains(story.publication());
    }
}
