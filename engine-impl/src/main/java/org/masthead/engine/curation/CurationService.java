package org.masthead.engine.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.Reason;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.CurationEvent;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.site.StoredSettings;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.PageCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The curators' side of curation: the queue, reviews, writers' appeals, each story's record, the review window. */
@ApplicationScoped
public class CurationService {
    private static final Logger LOG = LoggerFactory.getLogger(CurationService.class);
    private static final String SETTINGS = "curation";
    private static final int MAX_NOTE = 1000;
    private static final int SWEEP_BATCH = 100;

    /**
     * A curator's review.
     *
     * @param verdict {@code distribute}, {@code not_distribute} or {@code boost}
     * @param topic   the primary topic to distribute into (for {@code distribute})
     * @param note    the reason the writer sees (for {@code not_distribute}), up to 1000 characters
     */
    public record Review(String verdict, String topic, String note) {
    }

    /**
     * A writer's appeal.
     *
     * @param message what the writer tells the curators, up to 1000 characters
     */
    public record Appeal(String message) {
    }

    /**
     * One recorded decision, as the writer and staff see it.
     *
     * @param event        {@code published}, {@code reviewed}, {@code review-window-elapsed} or {@code appealed}
     * @param statusBefore curation status before
     * @param statusAfter  curation status after
     * @param primaryTopic the topic after, if distributed
     * @param reasons      which rules fired or why, with their codes
     * @param note         the curator's or writer's words
     * @param by           who decided: a username, {@code null} for the automatic check (staff see names; writers
     *                     see {@code curator})
     * @param at           when
     */
    public record Decision(String event, String statusBefore, String statusAfter, String primaryTopic,
                           List<Reason> reasons, String note, String by, Instant at) {
    }

    /**
     * A story's curation, as Medium shows it to its writer (and to staff).
     *
     * @param storyId            the story's public id
     * @param curationStatus     Medium's status name
     * @param curationEligibleAt epoch ms of eligibility, 0 for never
     * @param firstPublishedAt   epoch ms of first publication, 0 for never
     * @param primaryTopic       the topic curators distributed it into, or {@code null}
     * @param boostedUntil       end of a Boost in force, or {@code null}
     * @param moderation         {@code none}, {@code network_hidden} (kept off recommendations and topic pages) or
     *                           {@code site_hidden} (only its writer and staff see it)
     * @param inReviewQueue      whether it waits for a curator
     * @param canAppeal          whether the writer may still appeal
     * @param decisions          the decision trail, oldest first
     */
    public record View(String storyId, String curationStatus, long curationEligibleAt, long firstPublishedAt,
                       String primaryTopic, Instant boostedUntil, String moderation, boolean inReviewQueue,
                       boolean canAppeal,
                       List<Decision> decisions) {
    }

    /**
     * A story in the curator queue.
     *
     * @param story          the story
     * @param curationStatus its status
     * @param queuedAt       since when it waits
     * @param appealed       whether it is back because its writer appealed
     * @param nomination     the publication's Boost nomination waiting for a decision, or {@code null}
     */
    public record QueueItem(StoryCard story, String curationStatus, Instant queuedAt, boolean appealed,
                            QueuedNomination nomination) {
    }

    /**
     * A Boost nomination, as the queue shows it.
     *
     * @param id          the nomination's public id, to accept or reject it
     * @param publication the nominating publication's name
     * @param note        the editor's note for curators
     */
    public record QueuedNomination(String id, String publication, String note) {
    }

    private final Database database;
    private final CurationMapper curation;
    private final StoredSettings settings;
    private final CurationWorkflow workflow;
    private final StoryService stories;
    private final AuditLog audit;
    private final PageCache pages;
    private final Clock clock;

    @Inject
    public CurationService(Database database, CurationWorkflow workflow, StoryService stories, AuditLog audit,
                           PageCache pages, StoredSettings settings, Clock clock) {
        this.pages = pages;
        this.database = database;
        this.curation = database.mapper(CurationMapper.class);
        this.settings = settings;
        this.workflow = workflow;
        this.stories = stories;
        this.audit = audit;
        this.clock = clock;
    }

    /** The queue, oldest first, optionally only stories tagged {@code topic}. */
    public List<QueueItem> queue(CurrentUser staff, String topic, int limit) {
        requireStaff(staff);
        String tag = topic == null || topic.isBlank() ? null : stories.normalizeTag(topic);
        List<CurationMapper.QueueRow> rows = curation.queue(tag, limit);
        java.util.Map<Long, StoryCard> cards = new java.util.HashMap<>();
        stories.cards(rows.stream().map(CurationMapper.QueueRow::id).toList())
                .forEach(card -> cards.put(card.row().id(), card));
        return rows.stream().filter(row -> cards.containsKey(row.id()))
                .map(row -> new QueueItem(cards.get(row.id()), CurationStatus.valueOf(row.status()).wireName(),
                        row.reviewQueuedAt(), row.appealUsed() && !CurationStatus.PENDING.name().equals(row.status()),
                        row.nominationId() == null ? null
                                : new QueuedNomination(row.nominationId(), row.nominatedBy(), row.nominationNote())))
                .toList();
    }

    /**
     * A curator reviews a story.
     *
     * @throws ApiException 400 for a bad verdict, topic or note; 409 {@code not_in_curation} for a story that never
     *                      went through curation (imported, or not yet checked)
     */
    public View review(CurrentUser staff, String storyId, Review review) {
        requireStaff(staff);
        ApiException.requireBody(review);
        CurationEvent.Verdict verdict = verdict(review.verdict());
        String topic = verdict == CurationEvent.Verdict.DISTRIBUTE ? topic(review.topic()) : null;
        String note = note(review.note());
        database.inTransaction(() -> {
            StoryRow row = stories.readableStory(storyId, staff);
            if (CurationStatus.DISABLED.name().equals(row.curationStatus())) {
                throw ApiException.conflict("not_in_curation", "this story is not in curation (imported, or its"
                        + " automatic check has not run yet)");
            }
            workflow.apply(row.id(), new CurationEvent.Reviewed(new UserId(staff.publicId()), verdict, topic, note),
                    stories.curationContent(row, clock.instant()), staff, note);
            audit.record(staff, "curation.review", row.publicId(), verdict.name().toLowerCase(Locale.ROOT)
                    + (topic == null ? "" : " into " + topic) + (note.isEmpty() ? "" : ": " + note));
        });
        pages.changed();
        return view(staff, storyId);
    }

    /**
     * The writer appeals a disqualification or a decision not to distribute, once; the story goes back to the
     * curators' queue.
     *
     * @throws ApiException 409 {@code not_appealable} for any other status, {@code appeal_used} for a second one
     */
    public View appeal(CurrentUser author, String storyId, Appeal appeal) {
        ApiException.requireBody(appeal);
        String message = note(appeal.message());
        if (message.isEmpty()) {
            throw ApiException.badRequest("missing_message", "say why the curators should look again");
        }
        database.inTransaction(() -> {
            StoryRow row = stories.ownStory(author, storyId);
            CurationMapper.State state = curation.state(row.id());
            if (!CurationStatus.NOT_DISTRIBUTED.name().equals(state.status())) {
                throw ApiException.conflict("not_appealable", "only a story that is not distributed can be appealed");
            }
            if (state.appealUsed()) {
                throw ApiException.conflict("appeal_used", "this story's one appeal has been made already");
            }
            workflow.apply(row.id(), new CurationEvent.Appealed(message), stories.curationContent(row,
                    clock.instant()), author, message);
        });
        return view(author, storyId);
    }

    /** A story's curation record, for its writer and for staff; 404 for anyone else. */
    public View view(CurrentUser viewer, String storyId) {
        StoryRow row = stories.readableStory(storyId, viewer);
        boolean staff = viewer != null && viewer.role() != StaffRole.NONE;
        if (!staff && (viewer == null || viewer.id() != row.authorId())) {
            throw ApiException.notFound("story");
        }
        CurationMapper.State state = curation.state(row.id());
        CurationStatus status = CurationStatus.valueOf(state.status());
        List<Decision> decisions = curation.decisions(row.id()).stream().map(decision -> new Decision(
                decision.event(), CurationStatus.valueOf(decision.statusBefore()).wireName(),
                CurationStatus.valueOf(decision.statusAfter()).wireName(), decision.primaryTopic(),
                CurationWorkflow.reasons(decision.reasons()), decision.note(),
                decision.actor() == null ? null : staff ? decision.actor() : "curator", decision.createdAt()))
                .toList();
        Instant boosted = state.boostedUntil() != null && state.boostedUntil().isAfter(clock.instant())
                ? state.boostedUntil() : null;
        return new View(row.publicId(), status.wireName(),
                state.eligibleAt() == null ? 0 : state.eligibleAt().toEpochMilli(),
                row.firstPublishedAt() == null ? 0 : row.firstPublishedAt().toEpochMilli(), state.primaryTopic(),
                boosted, row.moderation().wireName(), state.reviewQueuedAt() != null,
                status == CurationStatus.NOT_DISTRIBUTED && !state.appealUsed(), decisions);
    }

    /** The settings in effect. */
    public CurationSettings settings() {
        return settings.current(SETTINGS, CurationSettings.class, CurationSettings.DEFAULTS);
    }

    /** An admin changes the settings; audited, and applied to the next request. */
    public CurationSettings update(CurrentUser admin, CurationSettings change) {
        return settings.change(admin, SETTINGS, "curation.settings", CurationSettings.class, CurationSettings.DEFAULTS, change);
    }

    /**
     * Does what time makes due: checks again the stories whose automatic check could not run, and turns the
     * pending stories nobody reviewed within the window into not reviewed. Safe on several nodes at once: each
     * story's write is conditional on the status it read.
     *
     * @return how many stories changed
     */
    public int sweep() {
        int changed = 0;
        for (long id : curation.checksDue(SWEEP_BATCH)) {
            changed += each(id, row -> workflow.firstPublished(row.id(), stories.curationContent(row,
                    clock.instant()), clock.instant()));
        }
        Instant cutoff = clock.instant().minus(Duration.ofHours(settings().reviewWindowHours()));
        for (long id : curation.reviewWindowElapsed(cutoff, SWEEP_BATCH)) {
            changed += each(id, row -> workflow.apply(row.id(), new CurationEvent.ReviewWindowElapsed(),
                    stories.curationContent(row, clock.instant()), null, ""));
        }
        return changed;
    }

    private int each(long id, java.util.function.Consumer<StoryRow> step) {
        try {
            return database.inTransaction(() -> stories.byId(id).map(story -> {
                step.accept(story.row());
                return 1;
            }).orElse(0));
        } catch (ApiException e) {
            // Another node decided first, or the policy is unavailable: the next tick sees the story again.
            LOG.info("Curation of story {} left for later: {}", id, e.getMessage());
            return 0;
        }
    }

    public static void requireStaff(CurrentUser user) {
        if (user == null) {
            throw ApiException.unauthorized();
        }
        if (user.role() == StaffRole.NONE) {
            throw ApiException.forbidden("only curators and admins may do this");
        }
    }

    private static CurationEvent.Verdict verdict(String raw) {
        try {
            return CurationEvent.Verdict.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_verdict", "verdict must be distribute, not_distribute or boost");
        }
    }

    private String topic(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("missing_topic", "distributing a story needs the topic to distribute it into");
        }
        return stories.normalizeTag(raw);
    }

    static String note(String raw) {
        String note = raw == null ? "" : raw.strip();
        if (note.length() > MAX_NOTE) {
            throw ApiException.badRequest("note_too_long", "the note is longer than " + MAX_NOTE + " characters");
        }
        return note;
    }
}
