package org.masthead.plugins.editorsonly;

import java.time.Duration;
import java.util.List;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.Reason;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.pf4j.Extension;

/**
 * Nothing is distributed unless an editor distributes it: a published story waits in the curators' queue without
 * being eligible (so it reaches the writer's network only), never times out, and becomes eligible only when a
 * curator distributes it. Boosts last a fixed {@link #BOOST}.
 */
@Extension
public class EditorsOnlyCurationPolicy implements CurationPolicy {
    static final Duration BOOST = Duration.ofDays(14);

    @Override
    public CurationDecision decide(CurationRequest request) {
        CurationEvent event = request.event();
        CurationState current = request.current();
        if (event instanceof CurationEvent.Published) {
            return new CurationDecision(CurationStatus.PENDING, null, null, null, false, List.of(Reason.of(
                    "editors.waiting", "Waiting for an editor: until then only your followers see the story")));
        }
        if (event instanceof CurationEvent.Reviewed reviewed) {
            return switch (reviewed.verdict()) {
                case DISTRIBUTE -> new CurationDecision(CurationStatus.DISTRIBUTED, request.now(),
                        reviewed.primaryTopic(), current.boostedUntil(), false, List.of(Reason.of(
                                "editors.distributed", "An editor distributed the story in "
                                        + reviewed.primaryTopic())));
                case NOT_DISTRIBUTE -> new CurationDecision(CurationStatus.NOT_DISTRIBUTED, null, null, null, false,
                        List.of(Reason.of("editors.not-distributed", reviewed.note() == null
                                || reviewed.note().isBlank() ? "An editor kept the story to your network"
                                : reviewed.note())));
                case BOOST -> CurationDecision.boost(current, request.now().plus(BOOST), List.of(Reason.of(
                        "editors.boosted", "An editor boosted the story for 14 days")));
            };
        }
        return CurationDecision.unchanged(current, Reason.of("editors.unchanged", "Only an editor's review changes"
                + " a story's distribution"));
    }
}
