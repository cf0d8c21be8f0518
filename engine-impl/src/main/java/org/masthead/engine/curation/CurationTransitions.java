package org.masthead.engine.curation;

import java.util.EnumSet;
import java.util.Set;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.curation.CurationEvent;

/**
 * The curation status machine: which status an event may move a story to, whatever the active policy decides.
 * Only the automatic check takes a story out of {@code DISABLED}, nothing ever returns to it or to {@code PENDING},
 * only a human review distributes, and the review window only turns a pending story into not reviewed.
 */
final class CurationTransitions {
    private static final Set<CurationStatus> REVIEWABLE = EnumSet.of(CurationStatus.PENDING,
            CurationStatus.NOT_REVIEWED, CurationStatus.NOT_DISTRIBUTED, CurationStatus.DISTRIBUTED);
    private static final Set<CurationStatus> REVIEW_OUTCOMES = EnumSet.of(CurationStatus.DISTRIBUTED,
            CurationStatus.NOT_DISTRIBUTED);

    private CurationTransitions() {
    }

    static boolean allows(CurationEvent event, CurationStatus from, CurationStatus to) {
        if (event instanceof CurationEvent.Published) {
            return from == CurationStatus.DISABLED
                    && (to == CurationStatus.PENDING || to == CurationStatus.NOT_DISTRIBUTED);
        }
        if (event instanceof CurationEvent.Reviewed reviewed) {
            return REVIEWABLE.contains(from) && (reviewed.verdict() == CurationEvent.Verdict.BOOST
                    ? to == from : REVIEW_OUTCOMES.contains(to));
        }
        if (event instanceof CurationEvent.ReviewWindowElapsed) {
            return to == from || (from == CurationStatus.PENDING && to == CurationStatus.NOT_REVIEWED);
        }
        // Nominations and appeals queue a story for curators; they decide nothing themselves.
        return to == from;
    }
}
