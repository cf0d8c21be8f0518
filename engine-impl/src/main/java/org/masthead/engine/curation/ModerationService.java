package org.masthead.engine.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.api.content.Reason;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.story.Moderation;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.PageCache;

/**
 * The moderation queue: readers' reports reach curators, who dismiss them, keep the story off the network (For You,
 * the home and tag pages, digests: it stays at its URL and in its writer's followers' feeds), take it off the
 * site, or restore it. Each decision closes the open reports and joins the story's decision trail.
 */
@ApplicationScoped
public class ModerationService {

    /** What moderators do to a reported story. */
    enum Action {
        DISMISS(null, "DISMISSED", null),
        HIDE_NETWORK(Moderation.NETWORK_HIDDEN, "HIDDEN_NETWORK", "Moderators took the story off recommendations and topic pages"),
        HIDE_SITE(Moderation.SITE_HIDDEN, "HIDDEN_SITE", "Moderators took the story off the site"),
        RESTORE(Moderation.NONE, null, "Moderators restored the story");

        final Moderation moderation;
        final String resolution;
        final String explanation;

        Action(Moderation moderation, String resolution, String explanation) {
            this.moderation = moderation;
            this.resolution = resolution;
            this.explanation = explanation;
        }

        static Action parse(String raw) {
            try {
                return valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_action", "action must be dismiss, hide_network, hide_site"
                        + " or restore");
            }
        }

        String code() {
            return "moderation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A moderator's decision.
     *
     * @param action {@code dismiss}, {@code hide_network}, {@code hide_site} or {@code restore}
     * @param note   what the writer is told; required to hide, up to 1000 characters
     */
    public record Decision(String action, String note) {
    }

    /**
     * A story in the moderation queue.
     *
     * @param story           the story
     * @param moderation      {@code none}, {@code network_hidden} or {@code site_hidden}
     * @param openReports     reports waiting for a decision
     * @param firstReportedAt when the oldest of them was made
     */
    public record Reported(StoryCard story, String moderation, int openReports, Instant firstReportedAt) {
    }

    /**
     * A reader's report, as moderators see it.
     *
     * @param id         public id
     * @param reporter   the reader's username
     * @param reason     {@code spam}, {@code harassment}, {@code rules} or {@code other}
     * @param note       what the reader wrote
     * @param createdAt  when
     * @param resolution {@code null} while open; then {@code dismissed}, {@code hidden_network} or
     *                   {@code hidden_site}
     * @param resolvedAt when it was closed
     */
    public record Report(String id, String reporter, String reason, String note, Instant createdAt,
                         String resolution, Instant resolvedAt) {
    }

    private final Database database;
    private final ModerationMapper moderation;
    private final CurationWorkflow workflow;
    private final CurationService curation;
    private final StoryService stories;
    private final Outbox outbox;
    private final AuditLog audit;
    private final PageCache pages;
    private final Clock clock;

    @Inject
    public ModerationService(Database database, CurationWorkflow workflow, CurationService curation,
                             StoryService stories, Outbox outbox, AuditLog audit, PageCache pages, Clock clock) {
        this.curation = curation;
        this.database = database;
        this.moderation = database.mapper(ModerationMapper.class);
        this.workflow = workflow;
        this.stories = stories;
        this.outbox = outbox;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    /** Stories with open reports, the longest waiting first. */
    public List<Reported> queue(CurrentUser staff, int limit) {
        CurationService.requireStaff(staff);
        List<ModerationMapper.ReportedRow> rows = moderation.reported(limit);
        Map<Long, StoryCard> cards = stories.moderatedCards(rows.stream().map(ModerationMapper.ReportedRow::storyId)
                .toList()).stream().collect(Collectors.toMap(card -> card.row().id(), Function.identity()));
        return rows.stream().filter(row -> cards.containsKey(row.storyId()))
                .map(row -> {
                    StoryCard card = cards.get(row.storyId());
                    return new Reported(card, card.row().moderation().wireName(), row.reports(),
                            row.firstReportedAt());
                })
                .toList();
    }

    /** Every report of a story, newest first. */
    public List<Report> reports(CurrentUser staff, String storyId) {
        CurationService.requireStaff(staff);
        StoryRow story = stories.readableStory(storyId, staff);
        return moderation.reports(story.id()).stream()
                .map(row -> new Report(row.publicId(), row.reporter(), row.reason().toLowerCase(Locale.ROOT),
                        row.note(), row.createdAt(),
                        row.resolution() == null ? null : row.resolution().toLowerCase(Locale.ROOT), row.resolvedAt()))
                .toList();
    }

    /**
     * A moderator decides on a story; the open reports close with the decision (a restore leaves them open).
     *
     * @return the story's curation record, the decision on its trail
     *
     * @throws ApiException 400 {@code invalid_action}, {@code missing_note} (hiding needs one) or
     *                      {@code note_too_long}; 404 for an unknown story
     */
    public CurationService.View decide(CurrentUser staff, String storyId, Decision decision) {
        CurationService.requireStaff(staff);
        ApiException.requireBody(decision);
        Action action = Action.parse(decision.action());
        String note = CurationService.note(decision.note());
        if (note.isEmpty() && (action == Action.HIDE_NETWORK || action == Action.HIDE_SITE)) {
            throw ApiException.badRequest("missing_note", "tell the writer why the story is hidden");
        }
        database.inTransaction(() -> {
            StoryRow story = stories.readableStory(storyId, staff);
            int closed = action.resolution == null ? 0
                    : moderation.close(story.id(), action.resolution, staff.id(), clock.instant());
            if (action.moderation != null) {
                moderation.setModeration(story.id(), action.moderation);
                outbox.append(OutboxEvent.STORY_CHANGED, story.id());
            }
            workflow.record(story.id(), "moderated", staff, note, Reason.of(action.code(),
                    action.explanation != null ? action.explanation : "Moderators dismissed the reports"));
            audit.record(staff, "moderation." + action.name().toLowerCase(Locale.ROOT), story.publicId(),
                    closed + " reports closed" + (note.isEmpty() ? "" : ": " + note));
        });
        pages.changed();
        return curation.view(staff, storyId);
    }
}
