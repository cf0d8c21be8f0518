package org.masthead.engine.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.StorySummary;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.masthead.api.curation.StoryContent;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.web.ApiException;

/** Stories: writing drafts, publishing them through curation, and reading them back. */
@ApplicationScoped
public class StoryService {
    private static final int MAX_TITLE = 300;
    private static final int MAX_SUBTITLE = 300;
    private static final int MAX_CONTENT = 400_000;

    /**
     * A new draft.
     *
     * @param title         title
     * @param subtitle      subtitle, optional
     * @param contentFormat {@code markdown} (default) or {@code html}
     * @param content       body
     * @param tags          up to five tags
     * @param publicationId the publication to write for, optional
     */
    public record Draft(String title, String subtitle, String contentFormat, String content, List<String> tags,
                        String publicationId) {
    }

    /**
     * A story with what pages and the API show of it.
     *
     * @param row         the stored story
     * @param tags        its tags
     * @param author      its writer
     * @param publication its publication's public id, or {@code null}
     */
    public record Story(StoryRow row, List<String> tags, UserRow author, String publication) {

        /** The story as lists show it. */
        public StoryCard card() {
            return new StoryCard(new StoryCard.Row(row.id(), row.publicId(), row.title(), row.subtitle(), row.slug(),
                    row.wordCount(), row.curationStatus(), row.curationEligibleAt(), row.boostedUntil(),
                    row.firstPublishedAt(), author.publicId(), author.username(), author.displayName(), publication),
                    tags);
        }
    }

    private final Database database;
    private final StoryMapper stories;
    private final UserService users;
    private final PublicationService publications;
    private final CurationPolicy curation;
    private final Clock clock;

    @Inject
    public StoryService(Database database, UserService users, PublicationService publications,
                        CurationPolicy curation, Clock clock) {
        this.database = database;
        this.stories = database.mapper(StoryMapper.class);
        this.users = users;
        this.publications = publications;
        this.curation = curation;
        this.clock = clock;
    }

    /** Saves a new draft by {@code author}. */
    public Story create(CurrentUser author, Draft draft) {
        ApiException.requireBody(draft);
        String title = draft.title() == null ? "" : draft.title().strip();
        String subtitle = draft.subtitle() == null ? "" : draft.subtitle().strip();
        String content = draft.content() == null ? "" : draft.content();
        if (title.isEmpty()) {
            throw ApiException.badRequest("missing_title", "title is required");
        }
        if (title.length() > MAX_TITLE) {
            throw ApiException.badRequest("title_too_long", "title is longer than " + MAX_TITLE + " characters");
        }
        if (subtitle.length() > MAX_SUBTITLE) {
            throw ApiException.badRequest("subtitle_too_long", "subtitle is longer than " + MAX_SUBTITLE + " characters");
        }
        if (content.length() > MAX_CONTENT) {
            throw ApiException.badRequest("content_too_long", "content is longer than " + MAX_CONTENT + " characters");
        }
        Markup.Format format = Markup.Format.parse(draft.contentFormat());
        List<String> tags = Slugs.tags(draft.tags());
        Long publicationId = draft.publicationId() == null ? null
                : publications.requireContributor(draft.publicationId(), author.id());
        String html = Markup.toSafeHtml(format, content);
        String publicId = PublicIds.next();
        return database.inTransaction(() -> {
            stories.insert(publicId, author.id(), publicationId, title, subtitle, Slugs.of(title),
                    format.name().toLowerCase(java.util.Locale.ROOT), content, html, Markup.wordCount(html),
                    clock.instant());
            StoryRow row = stories.byPublicId(publicId);
            for (int i = 0; i < tags.size(); i++) {
                stories.insertTag(row.id(), tags.get(i), i);
            }
            return load(row);
        });
    }

    /**
     * Publishes a draft of {@code author}. The first publication runs the curation policy's Distribution
     * Standards check, which sets the curation status and {@code curationEligibleAt}.
     */
    public Story publish(CurrentUser author, String publicId) {
        return database.inTransaction(() -> {
            StoryRow row = ownStory(author, publicId);
            Instant now = clock.instant();
            Instant firstPublished = row.firstPublishedAt() != null ? row.firstPublishedAt() : now;
            String status = row.curationStatus();
            Instant eligibleAt = row.curationEligibleAt();
            if (row.firstPublishedAt() == null) {
                StorySummary summary = load(row).card().summary(now);
                CurationDecision decision = curation.decide(new CurationRequest(new CurationEvent.Published(),
                        new StoryContent(summary, row.subtitle(), Markup.plainText(row.bodyHtml()), row.wordCount(),
                                Markup.linkCount(row.bodyHtml()), false, false),
                        CurationState.disabled(), ContentSignals.none(), now));
                status = decision.retry() ? CurationStatus.DISABLED.name() : decision.status().name();
                eligibleAt = decision.eligibleAt();
            }
            stories.publish(row.id(), firstPublished, now, status, eligibleAt);
            return load(stories.byPublicId(publicId));
        });
    }

    /** A story as {@code viewer} may see it: published stories to anyone, drafts only to their writer. */
    public Optional<Story> find(String publicId, CurrentUser viewer) {
        StoryRow row = stories.byPublicId(publicId);
        if (row == null || !row.isPublished() && (viewer == null || viewer.id() != row.authorId())) {
            return Optional.empty();
        }
        return Optional.of(load(row));
    }

    /** The newest published stories, newest first. */
    public List<StoryCard> latestPublished(int limit) {
        return withTags(stories.latestPublished(limit));
    }

    /** The published stories among the stories with these database ids, in no particular order. */
    public List<StoryCard> publishedCards(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : withTags(stories.publishedByIds(ids));
    }

    /**
     * The normalized form of a tag, as stories store it: "UX Writing" becomes "ux-writing".
     *
     * @throws ApiException 400 {@code invalid_tag} for a tag with no letters or digits, or a too long one
     */
    public String normalizeTag(String tag) {
        return Slugs.tags(List.of(tag)).get(0);
    }

    private List<StoryCard> withTags(List<StoryCard.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        stories.tagsOf(rows.stream().map(StoryCard.Row::id).toList())
                .forEach(tag -> tags.computeIfAbsent(tag.storyId(), id -> new ArrayList<>()).add(tag.tag()));
        return rows.stream().map(row -> new StoryCard(row, tags.getOrDefault(row.id(), List.of()))).toList();
    }

    private StoryRow ownStory(CurrentUser author, String publicId) {
        StoryRow row = stories.byPublicId(publicId);
        if (row == null || row.authorId() != author.id() && !row.isPublished()) {
            throw ApiException.notFound("story");
        }
        if (row.authorId() != author.id()) {
            throw ApiException.forbidden("only the story's writer may do this");
        }
        return row;
    }

    private Story load(StoryRow row) {
        return new Story(row, stories.tags(row.id()), author(row.authorId()),
                row.publicationId() == null ? null : publications.publicId(row.publicationId()));
    }

    private UserRow author(long id) {
        return users.byId(id).orElseThrow(() -> new IllegalStateException("story author " + id + " is missing"));
    }
}
