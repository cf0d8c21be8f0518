package org.masthead.engine.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.curation.StoryContent;
import org.masthead.engine.curation.CurationWorkflow;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.embed.EmbedService;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.publication.Permission;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.social.BlockService;
import org.masthead.engine.web.ApiException;

/** Stories: drafts and their revisions, publishing (now, unlisted or scheduled) through curation, responses. */
@ApplicationScoped
public class StoryService {
    private static final int MAX_TITLE = 300;
    private static final int MAX_SUBTITLE = 300;
    private static final int MAX_CONTENT = 400_000;
    private static final int MAX_URL = 2000;
    private static final int LIST_SIZE = 100;

    /**
     * A new draft.
     *
     * @param title         title
     * @param subtitle      subtitle, optional
     * @param contentFormat {@code markdown} (default) or {@code html}
     * @param content       body
     * @param tags          up to five tags
     * @param publicationId the publication to write for, optional
     * @param canonicalUrl  where the story first appeared, optional
     * @param license       one of Medium's license names, default {@code all-rights-reserved}
     * @param memberOnly    whether it is behind the paywall for non-members
     * @param nsfw          the writer's flag that the story is not safe for work
     * @param aiDisclosed   the writer's disclosure that the story contains AI-generated writing
     */
    public record Draft(String title, String subtitle, String contentFormat, String content, List<String> tags,
                        String publicationId, String canonicalUrl, String license, Boolean memberOnly, Boolean nsfw,
                        Boolean aiDisclosed) {
    }

    /**
     * Changes to a story; a field left out stays as it is.
     *
     * @param version       the version the change is based on; a stale version is refused with 409
     * @param title         title
     * @param subtitle      subtitle
     * @param contentFormat {@code markdown} or {@code html}
     * @param content       body
     * @param tags          tags (replaces all)
     * @param canonicalUrl  canonical URL; empty text removes it
     * @param license       license name
     * @param memberOnly    member-only flag
     * @param nsfw          not-safe-for-work flag
     * @param aiDisclosed   AI-generated writing disclosure
     */
    public record Edit(Integer version, String title, String subtitle, String contentFormat, String content,
                       List<String> tags, String canonicalUrl, String license, Boolean memberOnly, Boolean nsfw,
                       Boolean aiDisclosed) {
    }

    /**
     * How to publish.
     *
     * @param visibility      {@code public} (default) or {@code unlisted}
     * @param publishAt       a future time to publish at, or {@code null} for now
     * @param notifyFollowers whether to mail the writer's (and the publication's) followers when it goes out
     */
    public record Publishing(String visibility, Instant publishAt, Boolean notifyFollowers) {
        static final Publishing NOW = new Publishing(null, null, null);
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
                    row.wordCount(), row.curationStatus(), row.curationEligibleAt(), row.primaryTopic(), row.boostedUntil(),
                    row.firstPublishedAt(), author.publicId(), author.username(), author.displayName(), publication,
                    row.moderation()), tags);
        }

        public License license() {
            return License.parse(row.license());
        }
    }

    /**
     * What an admin's refresh of embeds did.
     *
     * @param stories stories whose HTML was rendered again
     * @param embeds  URLs that are click-to-load embeds now
     * @param cards   URLs that are link cards now
     * @param links   URLs that are plain links now (their provider is gone, or never answered)
     */
    public record EmbedRefresh(int stories, int embeds, int cards, int links) {
    }

    /** A story's content as validated and rendered, and the URLs its HTML embeds. */
    private record Rendered(StoryMapper.Content content, List<URI> embeds) {
    }

    /** Rendered story HTML, its words (embeds not counted) and the URLs it embeds. */
    private record Body(String html, int words, List<URI> embeds) {
    }

    private final Database database;
    private final StoryMapper stories;
    private final UserService users;
    private final PublicationService publications;
    private final CurationWorkflow curation;
    private final BlockService blocks;
    private final Outbox outbox;
    private final EmbedService embeds;
    private final Partners partners;
    private final Clock clock;

    @Inject
    public StoryService(Database database, UserService users, PublicationService publications,
                        CurationWorkflow curation, BlockService blocks, Outbox outbox, EmbedService embeds,
                        Partners partners, Clock clock) {
        this.database = database;
        this.stories = database.mapper(StoryMapper.class);
        this.users = users;
        this.publications = publications;
        this.curation = curation;
        this.blocks = blocks;
        this.outbox = outbox;
        this.embeds = embeds;
        this.partners = partners;
        this.clock = clock;
    }

    /** Saves a new draft by {@code author}. */
    public Story create(CurrentUser author, Draft draft) {
        ApiException.requireBody(draft);
        if (Boolean.TRUE.equals(draft.memberOnly())) {
            requirePartner(author.id());
        }
        Rendered content = content(draft.title(), draft.subtitle(), draft.contentFormat(), draft.content(),
                draft.canonicalUrl(), draft.license() == null ? License.ALL_RIGHTS_RESERVED.wireName() : draft.license(),
                Boolean.TRUE.equals(draft.memberOnly()), Boolean.TRUE.equals(draft.nsfw()),
                Boolean.TRUE.equals(draft.aiDisclosed()));
        List<String> tags = Slugs.tags(draft.tags());
        Long publicationId = draft.publicationId() == null ? null
                : publications.requireContributor(draft.publicationId(), author);
        return database.inTransaction(() -> load(insert(author, publicationId, null, content, tags)));
    }

    /**
     * Responds to a published story: a response is a story of its own, attached to its parent and published at
     * once. Responses can answer responses, which makes threads.
     */
    public Story respond(CurrentUser author, String parentId, Draft draft) {
        ApiException.requireBody(draft);
        StoryRow parent = readable(parentId, author);
        blocks.requireNotBlockedBy(parent.authorId(), author);
        String title = draft.title() == null || draft.title().isBlank() ? "Response to " + parent.title() : draft.title();
        Rendered content = content(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title,
                "", draft.contentFormat(), draft.content(), null, License.ALL_RIGHTS_RESERVED.wireName(), false,
                false, false);
        if (content.content().wordCount() == 0) {
            throw ApiException.badRequest("missing_content", "a response needs some text");
        }
        return database.inTransaction(() -> {
            StoryRow row = insert(author, null, parent.id(), content, List.of());
            Instant now = clock.instant();
            stories.publish(row.id(), StoryStatus.DRAFT.name(), StoryStatus.PUBLISHED.name(), now, now,
                    CurationStatus.DISABLED.name(), null);
            outbox.append(OutboxEvent.RESPONSE_PUBLISHED, row.id());
            return load(stories.byId(row.id()));
        });
    }

    private StoryRow insert(CurrentUser author, Long publicationId, Long parentId, Rendered content,
                            List<String> tags) {
        String publicId = PublicIds.next();
        Instant now = clock.instant();
        stories.insert(publicId, author.id(), publicationId, parentId, content.content(), now);
        StoryRow row = stories.byPublicId(publicId);
        stories.insertRevision(row.id(), row.rowVersion(), content.content(), now);
        replaceTags(row.id(), tags);
        replaceEmbeds(row.id(), content.embeds());
        return row;
    }

    /**
     * Applies an edit by the story's writer, if it is based on the current version.
     *
     * @throws ApiException 409 {@code stale_version} when the story changed since {@code version}
     */
    public Story edit(CurrentUser author, String publicId, Edit edit) {
        ApiException.requireBody(edit);
        if (edit.version() == null) {
            throw ApiException.badRequest("missing_version", "version is required: the version this edit is based on");
        }
        // Rendered before the transaction, which must not wait on embed providers; the version check below still
        // refuses an edit whose story changed meanwhile.
        StoryRow current = editableStory(author, publicId);
        if (Boolean.TRUE.equals(edit.memberOnly()) && !current.memberOnly()) {
            requirePartner(current.authorId());
        }
        Rendered content = content(
                edit.title() != null ? edit.title() : current.title(),
                edit.subtitle() != null ? edit.subtitle() : current.subtitle(),
                edit.contentFormat() != null ? edit.contentFormat() : current.contentFormat(),
                edit.content() != null ? edit.content() : current.content(),
                edit.canonicalUrl() != null ? edit.canonicalUrl() : current.canonicalUrl(),
                edit.license() != null ? edit.license() : current.license(),
                edit.memberOnly() != null ? edit.memberOnly() : current.memberOnly(),
                edit.nsfw() != null ? edit.nsfw() : current.nsfw(),
                edit.aiDisclosed() != null ? edit.aiDisclosed() : current.aiDisclosed());
        List<String> tags = edit.tags() != null ? Slugs.tags(edit.tags()) : null;
        return database.inTransaction(() -> {
            StoryRow row = editableStory(author, publicId);
            Instant now = clock.instant();
            if (stories.update(row.id(), edit.version(), content.content(), now) == 0) {
                throw ApiException.conflict("stale_version", "the story changed since version " + edit.version()
                        + "; the current version is " + row.rowVersion());
            }
            stories.insertRevision(row.id(), edit.version() + 1, content.content(), now);
            replaceEmbeds(row.id(), content.embeds());
            if (tags != null) {
                replaceTags(row.id(), tags);
            }
            if (row.storyStatus().isReadable()) {
                outbox.append(OutboxEvent.STORY_CHANGED, row.id());
            }
            return load(stories.byId(row.id()));
        });
    }

    /**
     * Publishes a story of {@code author}, now or at a later time, publicly or unlisted. The first publication runs
     * the curation policy's Distribution Standards check, which sets the curation status and
     * {@code curationEligibleAt}.
     */
    public Story publish(CurrentUser author, String publicId, Publishing publishing) {
        Publishing how = publishing == null ? Publishing.NOW : publishing;
        StoryStatus target = visibility(how.visibility());
        boolean notify = Boolean.TRUE.equals(how.notifyFollowers());
        return database.inTransaction(() -> {
            StoryRow row = editableStory(author, publicId);
            if (row.parentId() != null) {
                throw ApiException.badRequest("response", "responses are published when they are written");
            }
            if (row.publicationId() != null
                    && !publications.can(author.id(), row.publicationId(), Permission.PUBLISH_DIRECTLY)) {
                throw ApiException.forbidden("an editor publishes stories in this publication: submit it to them");
            }
            Instant now = clock.instant();
            if (how.publishAt() != null && how.publishAt().isAfter(now)) {
                if (row.storyStatus().isReadable()) {
                    throw ApiException.conflict("already_published", "the story is already published");
                }
                stories.setStatus(row.id(), StoryStatus.SCHEDULED.name(), how.publishAt(), now);
                stories.setNotifyFollowers(row.id(), notify);
            } else {
                publishNow(row, target, now, notify);
            }
            return load(stories.byId(row.id()));
        });
    }

    /** Publishes now; {@code notify} marks the event for the newsletter to the followers. */
    private void publishNow(StoryRow row, StoryStatus target, Instant now, boolean notify) {
        Instant firstPublished = row.firstPublishedAt() != null ? row.firstPublishedAt() : now;
        stories.publish(row.id(), row.status(), target.name(), firstPublished, now, row.curationStatus(),
                row.curationEligibleAt());
        if (row.firstPublishedAt() == null) {
            curation.firstPublished(row.id(), curationContent(row, now), now);
        }
        outbox.append(OutboxEvent.STORY_PUBLISHED, row.id(), notify ? "notify" : "");
    }

    /**
     * Publishes a story written elsewhere with its original publication time. Imported stories never go through
     * curation ({@code CURATION_STATUS_DISABLED}), as on Medium.
     */
    public Story publishImported(CurrentUser author, String publicId, Instant originallyPublishedAt,
                                 boolean unlisted) {
        if (originallyPublishedAt.isAfter(clock.instant())) {
            throw ApiException.badRequest("invalid_published_at", "publishedAt must be in the past");
        }
        return database.inTransaction(() -> {
            StoryRow row = ownStory(author, publicId);
            stories.publish(row.id(), row.status(), (unlisted ? StoryStatus.UNLISTED : StoryStatus.PUBLISHED).name(),
                    originallyPublishedAt, clock.instant(), CurationStatus.DISABLED.name(), null);
            outbox.append(OutboxEvent.STORY_PUBLISHED, row.id());
            return load(stories.byId(row.id()));
        });
    }

    /** The story as the curation policy reads it. */
    public StoryContent curationContent(StoryRow row, Instant now) {
        return new StoryContent(load(row).card().summary(now), row.subtitle(), Markup.plainText(row.bodyHtml()),
                row.wordCount(), Markup.linkCount(row.bodyHtml()), row.nsfw(), row.aiDisclosed());
    }

    /** The plain text a writer's content renders to, for rules that look at the words (markup removed). */
    public static String plainText(String contentFormat, String content) {
        return Markup.plainText(Markup.toSafeHtml(Markup.Format.parse(contentFormat), content == null ? "" : content));
    }

    /** Publishes scheduled stories whose time has come; safe to run on several nodes at once. */
    public int publishDue() {
        int published = 0;
        for (long id : stories.dueScheduled(clock.instant())) {
            published += database.inTransaction(() -> {
                StoryRow row = stories.byId(id);
                if (row == null || row.storyStatus() != StoryStatus.SCHEDULED) {
                    return 0;
                }
                publishNow(row, StoryStatus.PUBLISHED, clock.instant(), stories.notifyFollowers(id));
                return 1;
            });
        }
        return published;
    }

    /** Takes a story back to draft (its writer, or an editor of its publication); it keeps its first publication. */
    public Story unpublish(CurrentUser author, String publicId) {
        return database.inTransaction(() -> {
            StoryRow row = editableStory(author, publicId);
            stories.setStatus(row.id(), StoryStatus.DRAFT.name(), null, clock.instant());
            outbox.append(OutboxEvent.STORY_REMOVED, row.id());
            return load(stories.byId(row.id()));
        });
    }

    /**
     * Deletes a story (its writer, or an editor of its publication): gone from the site at once, purged later by
     * the retention job.
     */
    public void delete(CurrentUser author, String publicId) {
        database.inTransaction(() -> {
            long id = editableStory(author, publicId).id();
            stories.softDelete(id, clock.instant());
            outbox.append(OutboxEvent.STORY_REMOVED, id);
        });
    }

    /** The story with database id {@code id}, unless it was deleted; for the engine's own jobs. */
    public Optional<Story> byId(long id) {
        StoryRow row = stories.byId(id);
        return row == null || row.deletedAt() != null ? Optional.empty() : Optional.of(load(row));
    }

    /** A story as {@code viewer} may see it. */
    public Optional<Story> find(String publicId, CurrentUser viewer) {
        StoryRow row = stories.byPublicId(publicId);
        return row != null && visible(row, viewer) ? Optional.of(load(row)) : Optional.empty();
    }

    /**
     * Whether {@code viewer} may open {@code row}: readable stories to anyone, the others to their writer and to
     * the editors of their publication (who review submissions).
     */
    private boolean visible(StoryRow row, CurrentUser viewer) {
        if (row.deletedAt() != null) {
            return false;
        }
        if (row.isReadable() || viewer != null && viewer.id() == row.authorId()) {
            return true;
        }
        if (viewer == null) {
            return false;
        }
        // Staff still open what moderation hid, to review it; editors open their publication's unpublished drafts.
        return row.hidden() ? viewer.role() != StaffRole.NONE && row.storyStatus().isReadable()
                : row.publicationId() != null && publications.can(viewer.id(), row.publicationId(),
                        Permission.EDIT_ANY_POST);
    }

    /** The public id of the story {@code row} responds to, or {@code null}. */
    public String parentPublicId(StoryRow row) {
        return row.parentId() == null ? null : stories.byId(row.parentId()).publicId();
    }

    /** The saved versions of a story of {@code author}, newest first. */
    public List<StoryMapper.RevisionRow> revisions(CurrentUser author, String publicId) {
        return stories.revisions(editableStory(author, publicId).id());
    }

    /** The newest published stories, newest first (responses are not stories of their own in lists). */
    public List<StoryCard> latestPublished(int limit) {
        return withTags(stories.latestPublished(limit));
    }

    /** The sanitized bodies of the stories with these database ids, by id. */
    public Map<Long, String> bodies(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : stories.bodies(ids).stream()
                .collect(Collectors.toMap(StoryMapper.BodyRow::id, StoryMapper.BodyRow::bodyHtml));
    }

    /** When each story published since {@code since} was first published, for the console's chart. */
    public List<Instant> publishedSince(Instant since) {
        return stories.publishedSince(since);
    }

    /** How many stories are published now. */
    public long publishedCount() {
        return stories.countPublished();
    }

    /** A writer's published stories, newest first. */
    public List<StoryCard> publishedBy(long authorId, int limit) {
        return withTags(stories.publishedByAuthor(authorId, limit));
    }

    /** A publication's published stories, newest first. */
    public List<StoryCard> publishedIn(long publicationId, int limit) {
        return withTags(stories.publishedInPublication(publicationId, limit));
    }

    /** Published stories with {@code tag}, newest first. */
    public List<StoryCard> publishedWithTag(String tag, int limit) {
        return withTags(stories.publishedWithTag(tag, limit));
    }

    /** Published stories tagged with any of {@code tags}, newest first. */
    public List<StoryCard> publishedWithAnyTag(Collection<String> tags, int limit) {
        return tags.isEmpty() ? List.of() : withTags(stories.publishedWithAnyTag(tags, limit));
    }

    /** Published stories with a Boost in force now, newest first. */
    public List<StoryCard> boosted(int limit) {
        return withTags(stories.boosted(clock.instant(), limit));
    }

    /** Published stories by the writers, publications and tags {@code userId} follows, newest first. */
    public List<StoryCard> publishedFollowedBy(long userId, int limit) {
        return withTags(stories.publishedFollowedBy(userId, limit));
    }

    /** The published stories among {@code ids}, in the order of {@code ids}. */
    public List<StoryCard> cards(List<Long> ids) {
        return inOrder(ids, stories::cards);
    }

    /** The stories among {@code ids}, hidden by moderators or not, in the order of {@code ids}; for staff. */
    public List<StoryCard> moderatedCards(List<Long> ids) {
        return inOrder(ids, stories::anyCards);
    }

    private List<StoryCard> inOrder(List<Long> ids, java.util.function.Function<List<Long>, List<StoryCard.Row>> query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoryCard> byId = new HashMap<>();
        withTags(query.apply(ids)).forEach(card -> byId.put(card.row().id(), card));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /**
     * The normalized form of a tag, as stories store it: "UX Writing" becomes "ux-writing".
     *
     * @throws ApiException 400 {@code invalid_tag} for a tag with no letters or digits, or a too long one
     */
    public String normalizeTag(String tag) {
        return Slugs.tags(List.of(tag)).get(0);
    }

    /** How many published responses the story with database id {@code storyId} has. */
    public long responseCount(long storyId) {
        return stories.countResponses(storyId);
    }

    /** The published responses to a readable story, oldest first. */
    public List<StoryCard> responses(String publicId, CurrentUser viewer) {
        return withTags(stories.responses(readable(publicId, viewer).id(), LIST_SIZE));
    }

    /** The stories of {@code author} in {@code status}, most recently changed first. */
    public List<StoryCard> mine(CurrentUser author, String status) {
        StoryStatus wanted;
        try {
            wanted = StoryStatus.valueOf(status == null ? "DRAFT" : status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_status", "status must be draft, scheduled, published or unlisted");
        }
        return withTags(stories.byAuthor(author.id(), wanted.name(), LIST_SIZE));
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

    private StoryRow readable(String publicId, CurrentUser viewer) {
        StoryRow row = stories.byPublicId(publicId);
        if (row == null || !visible(row, viewer)) {
            throw ApiException.notFound("story");
        }
        return row;
    }

    /** Only Partner Program writers put stories behind the paywall (Medium's rule since 2023). */
    private void requirePartner(long authorId) {
        if (!partners.isPartner(authorId)) {
            throw ApiException.forbidden("only writers in the Partner Program make stories member-only: see GET"
                    + " /api/v1/me/partner-program");
        }
    }

    /** A story {@code author} wrote: 404 if it does not exist or is not readable to them, 403 if someone else's. */
    public StoryRow ownStory(CurrentUser author, String publicId) {
        StoryRow row = readable(publicId, author);
        if (row.authorId() != author.id()) {
            throw ApiException.forbidden("only the story's writer may do this");
        }
        return row;
    }

    /** A story {@code actor} may change: their own, or any post of a publication they edit. */
    private StoryRow editableStory(CurrentUser actor, String publicId) {
        StoryRow row = stories.byPublicId(publicId);
        if (row != null && row.deletedAt() == null && row.authorId() != actor.id() && row.publicationId() != null
                && publications.can(actor.id(), row.publicationId(), Permission.EDIT_ANY_POST)) {
            return row;
        }
        return ownStory(actor, publicId);
    }

    /** A readable story (or the viewer's own), or 404. */
    public StoryRow readableStory(String publicId, CurrentUser viewer) {
        return readable(publicId, viewer);
    }

    /** Puts a story in a publication, or takes it out with {@code null}; the caller has checked who may. */
    public void assignPublication(long storyId, Long publicationId) {
        stories.setPublication(storyId, publicationId, clock.instant());
    }

    /** Publishes an accepted submission if it is not public yet; the caller has checked the editor's role. */
    public void publishAccepted(long storyId) {
        StoryRow row = stories.byId(storyId);
        if (!row.storyStatus().isReadable()) {
            publishNow(row, StoryStatus.PUBLISHED, clock.instant(), false);
        }
    }

    private void replaceEmbeds(long storyId, List<URI> urls) {
        stories.deleteEmbeds(storyId);
        urls.forEach(url -> stories.insertEmbed(storyId, EmbedService.key(url), url.toString()));
    }

    private void replaceTags(long storyId, List<String> tags) {
        stories.deleteTags(storyId);
        for (int i = 0; i < tags.size(); i++) {
            stories.insertTag(storyId, tags.get(i), i);
        }
    }

    private static StoryStatus visibility(String visibility) {
        if (visibility == null || visibility.equalsIgnoreCase("public")) {
            return StoryStatus.PUBLISHED;
        }
        if (visibility.equalsIgnoreCase("unlisted")) {
            return StoryStatus.UNLISTED;
        }
        throw ApiException.badRequest("invalid_visibility", "visibility must be public or unlisted");
    }

    /** Validates and renders a story's content, resolving the URLs it embeds. */
    private Rendered content(String rawTitle, String rawSubtitle, String contentFormat, String rawContent,
                             String rawCanonicalUrl, String license, boolean memberOnly, boolean nsfw,
                             boolean aiDisclosed) {
        String title = rawTitle == null ? "" : rawTitle.strip();
        String subtitle = rawSubtitle == null ? "" : rawSubtitle.strip();
        String content = rawContent == null ? "" : rawContent;
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
        Markup.Format format = Markup.Format.parse(contentFormat);
        String canonicalUrl = canonicalUrl(rawCanonicalUrl);
        String licenseName = License.parse(license).wireName();
        Body body = body(format, content);
        return new Rendered(new StoryMapper.Content(title, subtitle, Slugs.of(title),
                format.name().toLowerCase(Locale.ROOT), content, body.html(), body.words(), licenseName, canonicalUrl,
                memberOnly, nsfw, aiDisclosed), body.embeds());
    }

    /**
     * The sanitized HTML of a writer's content, with each paragraph that holds nothing but a URL turned into what
     * the embed handlers make of it (an embed, a link card or a link).
     */
    private Body body(Markup.Format format, String content) {
        String html = Markup.toSafeHtml(format, content);
        List<URI> urls = Markup.embedUrls(html);
        String withEmbeds = urls.isEmpty() ? html : Markup.withEmbeds(html, embeds.html(urls));
        return new Body(withEmbeds, Markup.wordCount(html), urls);
    }

    /**
     * Resolves embedded URLs again, bypassing the cache, and renders the stories that embed them anew: every
     * story's, or only those embedding {@code url}. A provider that is gone makes its embeds plain links.
     */
    public EmbedRefresh refreshEmbeds(URI url) {
        List<URI> urls = url != null ? List.of(url) : stories.embeddedUrls().stream().map(URI::create).toList();
        List<Long> storyIds = url != null ? stories.storiesEmbedding(EmbedService.key(url))
                : stories.storiesWithEmbeds();
        EmbedService.Refreshed refreshed = embeds.refresh(urls);
        int rendered = 0;
        for (long id : storyIds) {
            StoryRow row = stories.byId(id);
            if (row == null || row.deletedAt() != null) {
                continue;
            }
            Body body = body(Markup.Format.parse(row.contentFormat()), row.content());
            rendered += database.inTransaction(() -> {
                // Not a new version: an edit saved meanwhile rendered the story itself, and wins.
                if (stories.setBodyHtml(id, row.rowVersion(), body.html()) == 0) {
                    return 0;
                }
                if (row.storyStatus().isReadable()) {
                    outbox.append(OutboxEvent.STORY_CHANGED, id);
                }
                return 1;
            });
        }
        return new EmbedRefresh(rendered, refreshed.embeds(), refreshed.cards(), refreshed.links());
    }

    private static String canonicalUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        try {
            URI uri = new URI(url);
            if (url.length() <= MAX_URL && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw ApiException.badRequest("invalid_canonical_url", "canonicalUrl must be an absolute http(s) URL");
    }

    private Story load(StoryRow row) {
        return new Story(row, stories.tags(row.id()), author(row.authorId()),
                row.publicationId() == null ? null : publications.publicId(row.publicationId()));
    }

    private UserRow author(long id) {
        return users.byId(id).orElseThrow(() -> new IllegalStateException("story author " + id + " is missing"));
    }
}
