package org.masthead.api.ranking;

import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.DistributionTier;

/**
 * A place on the site or in mail that shows a ranked list of stories.
 *
 * @param kind    which surface
 * @param subject what the surface is about, where it has a subject: the tag slug of a tag page, the author id of
 *                "More from {author}", the publication id of "More from {publication}", the story id of
 *                recommendations; {@code null} otherwise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Surface(Kind kind, String subject) {
    public Surface {
        Objects.requireNonNull(kind, "kind");
    }

    /** A surface without a subject. */
    public static Surface of(Kind kind) {
        return new Surface(kind, null);
    }

    /** The surfaces a ranker is asked about. */
    public enum Kind {
        FOLLOWING, FOR_YOU, HOME, TAG_TOP, TAG_LATEST, MORE_FROM_AUTHOR, MORE_FROM_PUBLICATION, RECOMMENDATIONS, DIGEST;

        /**
         * Whether the platform's tier rules let a story of {@code tier} appear on this surface: an open-platform
         * story only in its followers' Following tab, a Network-tier story only to followers (on any surface), a
         * General or Boost story everywhere. Matching General stories to interested readers is the ranker's part.
         *
         * @param tier     the story's distribution tier
         * @param follower whether the reader follows the story's writer or publication ({@link Viewer#follows})
         */
        public boolean admits(DistributionTier tier, boolean follower) {
            return switch (tier) {
                case OPEN_PLATFORM -> follower && this == FOLLOWING;
                case NETWORK -> follower;
                case GENERAL, BOOST -> true;
            };
        }
    }
}
