package org.masthead.engine.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.Reason;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.masthead.api.curation.StoryContent;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one curation event through the active policy: gathers the site's signals, asks the policy, refuses
 * what the status machine forbids, stores the outcome and appends it to the decision trail, all in the caller's
 * transaction.
 */
@ApplicationScoped
public class CurationWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(CurationWorkflow.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurationMapper curation;
    private final CurationPolicy policy;
    private final NearDuplicates duplicates;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public CurationWorkflow(Database database, CurationPolicy policy, NearDuplicates duplicates, Outbox outbox,
                            Clock clock) {
        this.outbox = outbox;
        this.curation = database.mapper(CurationMapper.class);
        this.policy = policy;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    /**
     * Runs the automatic Distribution Standards check of a story published for the first time. When the policy
     * cannot answer the story stays out of curation, marked for the sweep to check again.
     */
    public void firstPublished(long storyId, StoryContent content, Instant publishedAt) {
        ContentSignals signals = new ContentSignals(curation.openReports(storyId),
                duplicates.similarTo(storyId, content.plainText()));
        if (decide(storyId, new CurationEvent.Published(), content, signals, null, "", publishedAt)) {
            duplicates.index(storyId, content.plainText());
        }
    }

    /**
     * Carries a later event (a review, the review window, an appeal) through the policy.
     *
     * @throws ApiException 409 {@code illegal_transition} when the outcome is one the status machine refuses,
     *                      409 {@code curation_changed} when someone else decided meanwhile, 503 when the policy
     *                      cannot answer now
     */
    public void apply(long storyId, CurationEvent event, StoryContent content, CurrentUser actor, String note) {
        if (!decide(storyId, event, content, new ContentSignals(curation.openReports(storyId), List.of()), actor,
                note, clock.instant())) {
            throw new ApiException(503, "curation_unavailable", "the curation policy is unavailable; try again later");
        }
    }

    /**
     * Appends a decision that leaves the curation status alone (moderation, a nomination turned down) to the
     * story's trail.
     */
    public void record(long storyId, String event, CurrentUser actor, String note, Reason reason) {
        CurationMapper.State state = curation.state(storyId);
        curation.insertDecision(storyId, actor == null ? null : actor.id(), event, state.status(), state.status(),
                state.primaryTopic(), state.boostedUntil(), note == null ? "" : note, json(List.of(reason)),
                clock.instant());
    }

    /** Returns whether the policy decided (false when it asked to be retried). */
    private boolean decide(long storyId, CurationEvent event, StoryContent content, ContentSignals signals,
                           CurrentUser actor, String note, Instant now) {
        CurationMapper.State state = curation.state(storyId);
        CurationStatus from = CurationStatus.valueOf(state.status());
        CurationState current = new CurationState(from, state.eligibleAt(), state.primaryTopic(),
                state.boostedUntil(), state.appealUsed());
        CurationDecision decision = policy.decide(new CurationRequest(event, content, current, signals, now));
        boolean appealed = event instanceof CurationEvent.Appealed;
        boolean illegal = !decision.retry() && !CurationTransitions.allows(event, from, decision.status());
        if (illegal) {
            LOG.warn("The curation policy moved story {} from {} to {} on {}: refused", storyId, from,
                    decision.status(), eventName(event));
        }
        if (decision.retry() || illegal) {
            if (event instanceof CurationEvent.Published) {
                // Fails closed: the story waits outside curation, "not yet eligible", until the sweep checks again.
                write(storyId, event, from, current, decision, true, state.reviewQueuedAt(), state.appealUsed(),
                        actor, note, now);
            } else if (illegal) {
                throw ApiException.conflict("illegal_transition", "curation cannot go from " + from.wireName()
                        + " to " + decision.status().wireName() + " on " + eventName(event));
            }
            return false;
        }
        Instant queuedAt = appealed || event instanceof CurationEvent.BoostNominated ? now
                : event instanceof CurationEvent.Reviewed || decision.status() == CurationStatus.NOT_REVIEWED ? null
                : decision.status() == CurationStatus.PENDING && from != CurationStatus.PENDING
                        ? (decision.eligibleAt() != null ? decision.eligibleAt() : now)
                : state.reviewQueuedAt();
        write(storyId, event, from, current, decision, false, queuedAt, state.appealUsed() || appealed, actor, note,
                now);
        return true;
    }

    /** Stores {@code decision}, or with {@code retry} keeps {@code current} and marks the check as due again. */
    private void write(long storyId, CurationEvent event, CurationStatus from, CurationState current,
                       CurationDecision decision, boolean retry, Instant queuedAt, boolean appealUsed,
                       CurrentUser actor, String note, Instant now) {
        CurationStatus to = retry ? current.status() : decision.status();
        int changed = curation.apply(storyId, from.name(), to.name(),
                retry ? current.eligibleAt() : decision.eligibleAt(),
                retry ? current.primaryTopic() : decision.primaryTopic(),
                retry ? current.boostedUntil() : decision.boostedUntil(), appealUsed, queuedAt, retry);
        if (changed == 0) {
            throw ApiException.conflict("curation_changed", "the story's curation changed meanwhile; reload it");
        }
        if (!retry && decision.boostedUntil() != null && !decision.boostedUntil().equals(current.boostedUntil())) {
            outbox.append(OutboxEvent.STORY_BOOSTED, storyId);
        }
        curation.insertDecision(storyId, actor == null ? null : actor.id(), eventName(event), from.name(), to.name(),
                retry ? current.primaryTopic() : decision.primaryTopic(),
                retry ? current.boostedUntil() : decision.boostedUntil(), note == null ? "" : note, json(decision.reasons()),
                now);
    }

    static String eventName(CurationEvent event) {
        if (event instanceof CurationEvent.Published) {
            return "published";
        } else if (event instanceof CurationEvent.Reviewed) {
            return "reviewed";
        } else if (event instanceof CurationEvent.ReviewWindowElapsed) {
            return "review-window-elapsed";
        } else if (event instanceof CurationEvent.BoostNominated) {
            return "boost-nominated";
        }
        return "appealed";
    }

    private static String json(List<Reason> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Reason> reasons(String json) {
        try {
            return List.of(JSON.readValue(json, Reason[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable curation reasons: " + json, e);
        }
    }
}
