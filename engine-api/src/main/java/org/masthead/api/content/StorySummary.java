package org.masthead.api.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What every extension point knows about a published story without its body.
 *
 * @param id          the story
 * @param author      its writer
 * @param publication the publication it appears in, or {@code null} for a writer's own story
 * @param title       its title
 * @param tags        up to five normalized tag slugs, in the author's order
 * @param publishedAt when it was first published
 * @param memberOnly  whether it is behind the paywall for non-members
 * @param tier        the distribution tier curation has given it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StorySummary(StoryId id, UserId author, PublicationId publication, String title, List<String> tags,
                           Instant publishedAt, boolean memberOnly, DistributionTier tier) {
    public StorySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(tier, "tier");
        tags = List.copyOf(tags);
    }
}
