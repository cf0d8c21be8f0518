package org.masthead.api.payout;

import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;

/**
 * What one member did with one story on one day.
 *
 * @param story          the story
 * @param writer         its writer, who earns
 * @param publication    its publication, or {@code null}
 * @param readingSeconds the member's reading time on it that day
 * @param interactions   what else the member did with it
 * @param followsWriter  whether the member already followed the writer or the publication before reading
 * @param boosted        whether a Boost was in force for the story that day
 * @param storyReadRatio the share of the story's readers that day who read 30 seconds or more, in [0, 1]
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StoryReading(StoryId story, UserId writer, PublicationId publication, long readingSeconds,
                           Interactions interactions, boolean followsWriter, boolean boosted, double storyReadRatio) {
    public StoryReading {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(interactions, "interactions");
        if (readingSeconds < 0) {
            throw new IllegalArgumentException("reading time must not be negative");
        }
        if (!(storyReadRatio >= 0 && storyReadRatio <= 1)) {
            throw new IllegalArgumentException("read ratio must be in [0, 1]: " + storyReadRatio);
        }
    }

    /**
     * Engagement signals of one member on one story and day.
     *
     * @param clapped              clapped for it
     * @param highlighted          highlighted in it
     * @param responded            responded to it
     * @param followedAfterReading followed the writer for the first time after reading it
     */
    public record Interactions(boolean clapped, boolean highlighted, boolean responded, boolean followedAfterReading) {

        /** No interactions. */
        public static final Interactions NONE = new Interactions(false, false, false, false);

        /** How many of the four signals are present. */
        public int count() {
            return (clapped ? 1 : 0) + (highlighted ? 1 : 0) + (responded ? 1 : 0) + (followedAfterReading ? 1 : 0);
        }
    }
}
