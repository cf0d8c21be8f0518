package org.masthead.engine.story;

import java.time.Instant;
import java.util.List;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;

/**
 * A published story as lists show it: no body, its writer's names and its tags, read in one indexed query.
 *
 * @param row  the story, its writer and its publication
 * @param tags its tags, in order
 */
public record StoryCard(Row row, List<String> tags) {

    /**
     * One row of the list query.
     *
     * @param id                  database id
     * @param publicId            public id
     * @param title               title
     * @param subtitle            subtitle
     * @param slug                slug
     * @param wordCount           words
     * @param curationStatus      curation status name
     * @param curationEligibleAt  eligibility time, or null
     * @param primaryTopic        the topic curators distributed it into, or null
     * @param boostedUntil        end of a Boost, or null
     * @param firstPublishedAt    first publication
     * @param authorPublicId      writer's public id
     * @param authorUsername      writer's username
     * @param authorName          writer's display name
     * @param publicationPublicId publication's public id, or null
     * @param moderation          what moderators did to it (a listed story is never {@code SITE_HIDDEN})
     */
    public record Row(long id, String publicId, String title, String subtitle, String slug, int wordCount,
                      String curationStatus, Instant curationEligibleAt, String primaryTopic, Instant boostedUntil,
                      Instant firstPublishedAt, String authorPublicId, String authorUsername, String authorName,
                      String publicationPublicId, Moderation moderation) {
    }

    public StoryCard {
        tags = List.copyOf(tags);
    }

    /** The story's path on the site, {@code /@username/slug-id}. */
    public String path() {
        return path(row.authorUsername(), row.slug(), row.publicId());
    }

    /** The path of the story with this writer, slug and public id. */
    public static String path(String authorUsername, String slug, String publicId) {
        return "/@" + authorUsername + "/" + slug + "-" + publicId;
    }

    /** Whether curators distributed the story into {@code topic}, which puts it on that tag page as curated. */
    public boolean curatedInto(String topic) {
        return topic != null && topic.equals(row.primaryTopic())
                && CurationStatus.DISTRIBUTED.name().equals(row.curationStatus());
    }

    public int readingMinutes() {
        return Markup.readingMinutes(row.wordCount());
    }

    /** What extension points know of the story at {@code now}. */
    public StorySummary summary(Instant now) {
        CurationStatus status = CurationStatus.valueOf(row.curationStatus());
        boolean boosted = row.boostedUntil() != null && row.boostedUntil().isAfter(now);
        Instant published = row.firstPublishedAt() != null ? row.firstPublishedAt() : now;
        return new StorySummary(new StoryId(row.publicId()), new UserId(row.authorPublicId()),
                row.publicationPublicId() == null ? null : new PublicationId(row.publicationPublicId()), row.title(),
                tags, published, false, row.moderation() == Moderation.NETWORK_HIDDEN ? DistributionTier.OPEN_PLATFORM
                        : DistributionTier.of(status, row.curationEligibleAt() != null, boosted));
    }
}
