package org.masthead.plugins.curation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.Reason;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.Extension;

/**
 * The default curation policy, Medium's: at first publish a story is eligible ("by default, all stories published
 * are eligible") unless it fails one of the configured Distribution Standards, which keeps it to the writer's
 * network; curators' verdicts are carried out as given; nominations and appeals wait for a curator; and a story
 * nobody reviewed in time becomes not reviewed.
 */
@Extension
public class MediumCurationPolicy implements CurationPolicy {

    private final PluginContext context;

    public MediumCurationPolicy(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public CurationDecision decide(CurationRequest request) {
        CurationEvent event = request.event();
        CurationState current = request.current();
        if (event instanceof CurationEvent.Published) {
            List<Reason> failed = DistributionStandards.failed(request.story(), request.signals(),
                    context.config(CurationConfig.class));
            // Medium sets curationEligibleAt just before firstPublishedAt.
            return failed.isEmpty()
                    ? CurationDecision.eligible(request.now().minusMillis(1), List.of(Reason.of("standards.passed",
                            "Meets the distribution standards: eligible for general distribution")))
                    : CurationDecision.ineligible(failed);
        }
        if (event instanceof CurationEvent.Reviewed reviewed) {
            return review(reviewed, request);
        }
        if (event instanceof CurationEvent.ReviewWindowElapsed) {
            // A curator's verdict that landed first must not be overwritten by the sweep.
            return current.status() == CurationStatus.PENDING
                    ? CurationDecision.notReviewed(current, Reason.of("review.window-elapsed",
                            "No curator reviewed the story in time; it stays eligible for general distribution"))
                    : CurationDecision.unchanged(current, Reason.of("review.already-decided",
                            "The review window ended after the story was already decided"));
        }
        if (event instanceof CurationEvent.BoostNominated) {
            return CurationDecision.unchanged(current, Reason.of("boost.nominated",
                    "Nominations are reviewed by curators"));
        }
        if (event instanceof CurationEvent.Appealed) {
            return CurationDecision.unchanged(current, Reason.of("appeal.received",
                    "Appeals are reviewed by curators"));
        }
        throw new IllegalArgumentException("unknown curation event: " + event);
    }

    private CurationDecision review(CurationEvent.Reviewed reviewed, CurationRequest request) {
        CurationState current = request.current();
        return switch (reviewed.verdict()) {
            case DISTRIBUTE -> CurationDecision.distribute(current, reviewed.primaryTopic(), List.of(Reason.of(
                    "review.distributed", "A curator distributed the story in " + reviewed.primaryTopic())));
            case NOT_DISTRIBUTE -> CurationDecision.notDistributed(current, Reason.of("review.not-distributed",
                    reviewed.note() == null || reviewed.note().isBlank()
                            ? "A curator decided not to distribute the story"
                            : reviewed.note()));
            case BOOST -> {
                int days = context.config(CurationConfig.class).boostDays();
                yield CurationDecision.boost(current, request.now().plus(Duration.ofDays(days)), List.of(Reason.of(
                        "review.boosted", "A curator boosted the story for " + days + " days")));
            }
        };
    }
}
