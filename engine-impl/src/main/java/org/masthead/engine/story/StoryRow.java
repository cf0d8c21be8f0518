package org.masthead.engine.story;

import java.time.Instant;

/** A row of {@code story}. */
public record StoryRow(long id, String publicId, long authorId, Long publicationId, String title, String subtitle,
                       String slug, String contentFormat, String content, String bodyHtml, int wordCount,
                       String status, String curationStatus, Instant curationEligibleAt, String primaryTopic,
                       Instant boostedUntil, int rowVersion, Instant createdAt, Instant updatedAt,
                       Instant firstPublishedAt, Instant latestPublishedAt, Instant publishAt, String license,
                       String canonicalUrl, boolean memberOnly, Instant deletedAt, Long parentId, boolean nsfw,
                       boolean aiDisclosed, Moderation moderation, boolean authorSuspended) {

    public StoryStatus storyStatus() {
        return StoryStatus.valueOf(status);
    }

    /** Whether readers other than the writer can open it by URL. */
    public boolean isReadable() {
        return deletedAt == null && storyStatus().isReadable() && !hidden();
    }

    /** Whether moderators took it off the site, or suspended its writer: only the writer and staff still see it. */
    public boolean hidden() {
        return moderation == Moderation.SITE_HIDDEN || authorSuspended;
    }
}
