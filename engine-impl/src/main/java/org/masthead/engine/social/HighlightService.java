package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.social.HighlightMapper.HighlightRow;
import org.masthead.engine.social.Paragraphs.Anchor;
import org.masthead.engine.social.Paragraphs.Paragraph;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * Highlights: a reader marks a passage of a paragraph of a published story. A highlight is anchored to its
 * paragraph's position and text ({@link Paragraphs}) and keeps its quote, so it outlives edits elsewhere in the
 * story and is shown as stale once its own paragraph changes.
 */
@ApplicationScoped
public class HighlightService {
    /** Longest passage a reader can highlight, in characters. */
    public static final int MAX_LENGTH = 2000;
    private static final int TOP_PASSAGES = 10;

    /**
     * A passage to highlight.
     *
     * @param paragraphId the paragraph's id, as {@code GET /api/v1/stories/{id}/paragraphs} lists it
     * @param start       where the passage starts in the paragraph's text (UTF-16 code units, from 0)
     * @param end         where it ends, exclusive
     * @param text        the passage, which must be the paragraph's text from {@code start} to {@code end}
     */
    public record NewHighlight(String paragraphId, Integer start, Integer end, String text) {
    }

    /**
     * A reader's highlight.
     *
     * @param id          public id
     * @param storyId     the story's public id
     * @param paragraphId its paragraph's id now, or the one it had when its paragraph changed
     * @param start       start in the paragraph's text
     * @param end         end, exclusive
     * @param text        the highlighted passage
     * @param stale       whether its paragraph's text changed since, so the story no longer shows it
     * @param createdAt   when it was made
     */
    public record Highlight(String id, String storyId, String paragraphId, int start, int end, String text,
                            boolean stale, Instant createdAt) {
    }

    /**
     * A passage of a story and how many readers highlighted it.
     *
     * @param paragraphId its paragraph's id now, or the one it had when its paragraph changed
     * @param start       start in the paragraph's text
     * @param end         end, exclusive
     * @param text        the passage
     * @param highlights  readers who highlighted exactly this passage
     * @param stale       whether its paragraph's text changed since
     */
    public record Passage(String paragraphId, int start, int end, String text, long highlights, boolean stale) {
    }

    /**
     * A paragraph a highlight can anchor to.
     *
     * @param id   its id, {@code index-hash}
     * @param text its text, which highlight offsets count into
     */
    public record ParagraphView(String id, String text) {
    }

    /**
     * The outcome of highlighting a passage.
     *
     * @param highlight the highlight
     * @param created   {@code false} when the reader had highlighted exactly this passage before
     */
    public record Saved(Highlight highlight, boolean created) {
    }

    private final Database database;
    private final HighlightMapper highlights;
    private final StoryService stories;
    private final BlockService blocks;
    private final Clock clock;

    @Inject
    public HighlightService(Database database, StoryService stories, BlockService blocks, Clock clock) {
        this.database = database;
        this.highlights = database.mapper(HighlightMapper.class);
        this.stories = stories;
        this.blocks = blocks;
        this.clock = clock;
    }

    /**
     * {@code reader} highlights a passage of the published story with public id {@code storyId}; highlighting the
     * same passage again returns the first highlight.
     *
     * @throws ApiException 400 {@code invalid_paragraph_id}, {@code unknown_paragraph}, {@code invalid_range},
     *                      {@code highlight_too_long} or {@code text_mismatch}; 404 for an unknown or unpublished
     *                      story; 403 {@code blocked} when its writer blocked the reader
     */
    public Saved highlight(CurrentUser reader, String storyId, NewHighlight request) {
        ApiException.requireBody(request);
        Anchor asked = Anchor.parse(request.paragraphId());
        StoryRow story = stories.find(storyId, null).orElseThrow(() -> ApiException.notFound("story")).row();
        blocks.requireNotBlockedBy(story.authorId(), reader);
        List<Paragraph> paragraphs = Paragraphs.of(story.bodyHtml());
        Paragraph paragraph = Paragraphs.locate(paragraphs, asked).orElseThrow(() -> ApiException.badRequest(
                "unknown_paragraph", "the story has no paragraph " + asked.id() + " (any more)"));
        String text = paragraph.text();
        if (request.start() == null || request.end() == null || request.start() < 0
                || request.end() <= request.start() || request.end() > text.length()) {
            throw ApiException.badRequest("invalid_range",
                    "start and end must satisfy 0 <= start < end <= " + text.length() + ", the paragraph's length");
        }
        int start = request.start();
        int end = request.end();
        if (end - start > MAX_LENGTH) {
            throw ApiException.badRequest("highlight_too_long",
                    "a highlight is at most " + MAX_LENGTH + " characters");
        }
        if (!text.substring(start, end).equals(request.text())) {
            throw ApiException.badRequest("text_mismatch", "text is not the paragraph's text from start to end");
        }
        Anchor anchor = paragraph.anchor();
        return DuplicateKeys.inTransaction(database, () -> {
            HighlightRow existing = highlights.find(story.id(), reader.id(), anchor.index(), anchor.hash(), start, end);
            if (existing != null) {
                return new Saved(view(existing, story.publicId(), paragraphs), false);
            }
            String publicId = PublicIds.next();
            highlights.insert(publicId, story.id(), reader.id(), anchor.index(), anchor.hash(), start, end,
                    request.text(), clock.instant());
            return new Saved(view(highlights.byPublicId(publicId), story.publicId(), paragraphs), true);
        });
    }

    /**
     * Deletes a highlight of {@code reader}.
     *
     * @throws ApiException 404 for an unknown highlight, 403 for someone else's
     */
    public void delete(CurrentUser reader, String highlightId) {
        HighlightRow row = highlights.byPublicId(highlightId);
        if (row == null) {
            throw ApiException.notFound("highlight");
        }
        if (row.userId() != reader.id()) {
            throw ApiException.forbidden("only its reader may delete a highlight");
        }
        highlights.delete(row.id());
    }

    /**
     * {@code reader}'s highlights on the story with public id {@code storyId}, in reading order.
     *
     * @throws ApiException 404 for a story the reader cannot see
     */
    public List<Highlight> mine(CurrentUser reader, String storyId) {
        StoryRow story = stories.find(storyId, reader).orElseThrow(() -> ApiException.notFound("story")).row();
        List<Paragraph> paragraphs = Paragraphs.of(story.bodyHtml());
        return highlights.byReader(story.id(), reader.id()).stream()
                .map(row -> view(row, story.publicId(), paragraphs)).toList();
    }

    /**
     * The most highlighted passages of the story with public id {@code storyId}, for its writer: the passages
     * most readers highlighted exactly, most first.
     *
     * @throws ApiException 404 for a story {@code writer} cannot see, 403 for someone else's story
     */
    public List<Passage> top(CurrentUser writer, String storyId) {
        StoryRow story = stories.find(storyId, writer).orElseThrow(() -> ApiException.notFound("story")).row();
        if (story.authorId() != writer.id()) {
            throw ApiException.forbidden("only the story's writer sees its top highlights");
        }
        List<Paragraph> paragraphs = Paragraphs.of(story.bodyHtml());
        return highlights.top(story.id(), TOP_PASSAGES).stream().map(row -> {
            Resolved resolved = resolve(paragraphs, new Anchor(row.paragraphIndex(), row.paragraphHash()));
            return new Passage(resolved.paragraphId(), row.startOffset(), row.endOffset(), row.quoteText(),
                    row.highlights(), resolved.stale());
        }).toList();
    }

    /**
     * The paragraphs of the published story with public id {@code storyId}, which highlights anchor to.
     *
     * @throws ApiException 404 for an unknown or unpublished story
     */
    public List<ParagraphView> paragraphs(String storyId) {
        StoryRow story = stories.find(storyId, null).orElseThrow(() -> ApiException.notFound("story")).row();
        return Paragraphs.of(story.bodyHtml()).stream()
                .map(paragraph -> new ParagraphView(paragraph.anchor().id(), paragraph.text())).toList();
    }

    /** How many highlights the story with database id {@code storyId} has, stale ones included. */
    long count(long storyId) {
        return highlights.countByStory(storyId);
    }

    private static Highlight view(HighlightRow row, String storyId, List<Paragraph> paragraphs) {
        Resolved resolved = resolve(paragraphs, new Anchor(row.paragraphIndex(), row.paragraphHash()));
        return new Highlight(row.publicId(), storyId, resolved.paragraphId(), row.startOffset(), row.endOffset(),
                row.quoteText(), resolved.stale(), row.createdAt());
    }

    /** Where a stored anchor's paragraph is now, or its old id and {@code stale} when its text changed. */
    private record Resolved(String paragraphId, boolean stale) {
    }

    private static Resolved resolve(List<Paragraph> paragraphs, Anchor stored) {
        Optional<Paragraph> now = Paragraphs.locate(paragraphs, stored);
        return now.map(paragraph -> new Resolved(paragraph.anchor().id(), false))
                .orElseGet(() -> new Resolved(stored.id(), true));
    }
}
