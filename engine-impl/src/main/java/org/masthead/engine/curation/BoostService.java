package org.masthead.engine.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.Reason;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.CurationEvent;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.publication.Permission;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.story.StoryStatus;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.PageCache;

/**
 * Medium's Boost Nomination Program: a publication's editors nominate its stories, within a monthly quota, with a
 * note only curators read; curators accept (the story is Boosted) or reject each nomination.
 */
@ApplicationScoped
public class BoostService {
    /** Medium's rule: a story older than this cannot be nominated. */
    static final int MAX_AGE_MONTHS = 6;
    private static final int LIST_SIZE = 100;

    /**
     * A nomination to make.
     *
     * @param storyId the public id of a story of the publication
     * @param note    what the editor tells the curators, optional, up to 1000 characters
     */
    public record NewNomination(String storyId, String note) {
    }

    /**
     * A nomination, as its publication's editors and curators see it.
     *
     * @param id              public id
     * @param storyId         the story's public id
     * @param publicationId   the nominating publication's public id
     * @param publicationName its name
     * @param editor          username of the editor who nominated
     * @param note            the note for curators
     * @param state           {@code pending}, {@code accepted} or {@code rejected}
     * @param createdAt       when it was made
     * @param decidedAt       when curators decided, or {@code null}
     */
    public record Nomination(String id, String storyId, String publicationId, String publicationName, String editor,
                             String note, String state, Instant createdAt, Instant decidedAt) {
        static Nomination of(BoostMapper.NominationRow row) {
            return new Nomination(row.publicId(), row.storyPublicId(), row.publicationPublicId(),
                    row.publicationName(), row.editorUsername(), row.note(), row.state().toLowerCase(Locale.ROOT),
                    row.createdAt(), row.decidedAt());
        }
    }

    /**
     * A publication's nominations and what is left of its quota this month.
     *
     * @param quota       nominations allowed per calendar month (UTC)
     * @param used        made this month
     * @param nominations the newest first, up to 100
     */
    public record Nominations(int quota, int used, List<Nomination> nominations) {
    }

    /**
     * A curator's decision on a nomination.
     *
     * @param decision {@code accept} (the story is Boosted) or {@code reject}
     * @param note     why, for the trail; optional
     */
    public record Decision(String decision, String note) {
    }

    /**
     * A publication's own quota.
     *
     * @param quota nominations per month, 0 to 1000; {@code null} to follow the site's default again
     */
    public record QuotaChange(Integer quota) {
    }

    private final Database database;
    private final BoostMapper boosts;
    private final CurationMapper curation;
    private final CurationService curators;
    private final CurationWorkflow workflow;
    private final StoryService stories;
    private final PublicationService publications;
    private final AuditLog audit;
    private final PageCache pages;
    private final Clock clock;

    @Inject
    public BoostService(Database database, CurationService curators, CurationWorkflow workflow, StoryService stories,
                        PublicationService publications, AuditLog audit, PageCache pages, Clock clock) {
        this.database = database;
        this.boosts = database.mapper(BoostMapper.class);
        this.curation = database.mapper(CurationMapper.class);
        this.curators = curators;
        this.workflow = workflow;
        this.stories = stories;
        this.publications = publications;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * An editor of {@code publicationId} nominates one of its stories; the story joins the curators' queue.
     *
     * @throws ApiException 409 {@code quota_used}, {@code already_nominated}, {@code already_reviewed},
     *                      {@code already_boosted}, {@code too_old}, {@code not_listed} or {@code not_eligible};
     *                      404 for a story that is not the publication's
     */
    public Nomination nominate(CurrentUser editor, String publicationId, NewNomination request) {
        ApiException.requireBody(request);
        PublicationRow publication = publications.require(editor, publicationId, Permission.NOMINATE_FOR_BOOST);
        String note = CurationService.note(request.note());
        if (request.storyId() == null || request.storyId().isBlank()) {
            throw ApiException.badRequest("missing_story", "name the story to nominate");
        }
        String publicId = PublicIds.next();
        DuplicateKeys.inTransaction(database, () -> {
            StoryRow story = stories.readableStory(request.storyId(), editor);
            if (story.publicationId() == null || story.publicationId() != publication.id()) {
                throw ApiException.notFound("story");
            }
            refuseIneligible(story);
            // The publication row's lock keeps two editors from both taking the quota's last place.
            boosts.lockPublication(publication.id());
            int quota = quota(publication.id());
            if (boosts.countSince(publication.id(), monthStart()) >= quota) {
                throw ApiException.conflict("quota_used", "this publication has used its " + quota
                        + " Boost nominations for this month");
            }
            boosts.insert(publicId, story.id(), publication.id(), editor.id(), note, clock.instant());
            workflow.apply(story.id(), new CurationEvent.BoostNominated(new PublicationId(publication.publicId()),
                    new UserId(editor.publicId()), note), stories.curationContent(story, clock.instant()), editor,
                    "");
            audit.record(editor, "boost.nominate", story.publicId(), publication.slug());
        });
        return Nomination.of(boosts.byPublicId(publicId));
    }

    private void refuseIneligible(StoryRow story) {
        if (boosts.countFor(story.id()) > 0) {
            throw ApiException.conflict("already_nominated", "this story has been nominated already");
        }
        CurationMapper.State state = curation.state(story.id());
        if (state.boostedUntil() != null) {
            throw ApiException.conflict("already_boosted", "this story has been Boosted already");
        }
        if (boosts.reviews(story.id()) > 0) {
            throw ApiException.conflict("already_reviewed", "curators have reviewed this story already");
        }
        if (story.storyStatus() != StoryStatus.PUBLISHED || story.parentId() != null || story.hidden()) {
            throw ApiException.conflict("not_listed", "only a listed, published story can be nominated");
        }
        Instant oldest = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(MAX_AGE_MONTHS)
                .toInstant();
        if (story.firstPublishedAt() == null || story.firstPublishedAt().isBefore(oldest)) {
            throw ApiException.conflict("too_old", "only stories published in the last " + MAX_AGE_MONTHS
                    + " months can be nominated");
        }
        CurationStatus status = CurationStatus.valueOf(state.status());
        if (state.eligibleAt() == null || status != CurationStatus.PENDING && status != CurationStatus.NOT_REVIEWED) {
            throw ApiException.conflict("not_eligible", "this story is not eligible for distribution");
        }
    }

    /** The publication's nominations and quota; its editors only. */
    public Nominations ofPublication(CurrentUser editor, String publicationId) {
        PublicationRow publication = publications.require(editor, publicationId, Permission.NOMINATE_FOR_BOOST);
        return nominations(publication.id());
    }

    /** The nominations waiting for curators, oldest first. */
    public List<Nomination> pending(CurrentUser staff, int limit) {
        CurationService.requireStaff(staff);
        return boosts.pending(limit).stream().map(Nomination::of).toList();
    }

    /**
     * A curator accepts a nomination, which Boosts the story, or rejects it.
     *
     * @throws ApiException 400 {@code invalid_decision}; 404 for an unknown nomination; 409 {@code already_decided}
     */
    public Nomination decide(CurrentUser staff, String nominationId, Decision request) {
        CurationService.requireStaff(staff);
        ApiException.requireBody(request);
        String decision = request.decision() == null ? "" : request.decision().strip().toLowerCase(Locale.ROOT);
        if (!decision.equals("accept") && !decision.equals("reject")) {
            throw ApiException.badRequest("invalid_decision", "decision must be accept or reject");
        }
        String note = CurationService.note(request.note());
        database.inTransaction(() -> {
            BoostMapper.NominationRow nomination = boosts.byPublicId(nominationId);
            if (nomination == null) {
                throw ApiException.notFound("nomination");
            }
            boolean accept = decision.equals("accept");
            if (boosts.decide(nomination.id(), accept ? "ACCEPTED" : "REJECTED", staff.id(), clock.instant()) == 0) {
                throw ApiException.conflict("already_decided", "curators decided on this nomination already");
            }
            if (accept) {
                curators.review(staff, nomination.storyPublicId(), new CurationService.Review("boost", null, note));
            } else {
                workflow.record(nomination.storyId(), "boost-nomination-rejected", staff, note,
                        Reason.of("boost.nomination-rejected", "Curators did not Boost the story"));
                boosts.leaveQueue(nomination.storyId());
                audit.record(staff, "boost.reject", nomination.storyPublicId(), note);
            }
        });
        pages.changed();
        return Nomination.of(boosts.byPublicId(nominationId));
    }

    /** An admin gives a publication its own monthly quota, or with {@code null} the site's default again. */
    public Nominations setQuota(CurrentUser admin, String publicationId, QuotaChange change) {
        ApiException.requireBody(change);
        if (change.quota() != null && (change.quota() < 0 || change.quota() > CurationSettings.MAX_QUOTA)) {
            throw ApiException.badRequest("invalid_quota", "quota must be between 0 and " + CurationSettings.MAX_QUOTA);
        }
        PublicationRow publication = publications.find(publicationId)
                .orElseThrow(() -> ApiException.notFound("publication"));
        database.inTransaction(() -> {
            boosts.setQuota(publication.id(), change.quota());
            audit.record(admin, "boost.quota", publication.slug(), change.quota() == null ? "site default"
                    : Integer.toString(change.quota()));
        });
        return nominations(publication.id());
    }

    private Nominations nominations(long publicationId) {
        return new Nominations(quota(publicationId), boosts.countSince(publicationId, monthStart()),
                boosts.ofPublication(publicationId, LIST_SIZE).stream().map(Nomination::of).toList());
    }

    private int quota(long publicationId) {
        Integer own = boosts.quota(publicationId);
        return own != null ? own : curators.settings().boostQuotaPerMonth();
    }

    private Instant monthStart() {
        return ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS)
                .toInstant();
    }
}
