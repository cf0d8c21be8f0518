package org.masthead.api.curation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.Reason;

/**
 * A curation outcome. Build it with the named factories; every decision carries the reasons (the rules that
 * fired) that the writer and the audit trail see.
 *
 * @param status       the new status
 * @param eligibleAt   when the story became eligible, or {@code null} for never
 * @param primaryTopic the topic curated into, or {@code null}
 * @param boostedUntil until when a Boost is in force, or {@code null}
 * @param retry        whether the engine should ask again later (nothing was decided)
 * @param reasons      at least one reason
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CurationDecision(CurationStatus status, Instant eligibleAt, String primaryTopic, Instant boostedUntil,
                               boolean retry, List<Reason> reasons) {
    public CurationDecision {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a curation decision needs at least one reason");
        }
        if (status == CurationStatus.DISTRIBUTED && (primaryTopic == null || primaryTopic.isBlank())) {
            throw new IllegalArgumentException("a distributed story needs a primary topic");
        }
    }

    /** Passed the automatic check at {@code eligibleAt}: pending human review. */
    public static CurationDecision eligible(Instant eligibleAt, List<Reason> reasons) {
        return new CurationDecision(CurationStatus.PENDING, Objects.requireNonNull(eligibleAt), null, null, false,
                reasons);
    }

    /** Failed the automatic check: open platform and network only; {@code failed} names the standards. */
    public static CurationDecision ineligible(List<Reason> failed) {
        return new CurationDecision(CurationStatus.NOT_DISTRIBUTED, null, null, null, false, failed);
    }

    /** A curator distributed the story into {@code topic}. */
    public static CurationDecision distribute(CurationState current, String topic, List<Reason> reasons) {
        return new CurationDecision(CurationStatus.DISTRIBUTED, current.eligibleAt(), topic, current.boostedUntil(),
                false, reasons);
    }

    /** A curator decided not to distribute the story. */
    public static CurationDecision notDistributed(CurationState current, Reason reason) {
        return new CurationDecision(CurationStatus.NOT_DISTRIBUTED, current.eligibleAt(), null, null, false,
                List.of(reason));
    }

    /** Nobody reviewed the story in time; it stays eligible. */
    public static CurationDecision notReviewed(CurationState current, Reason reason) {
        return new CurationDecision(CurationStatus.NOT_REVIEWED, current.eligibleAt(), null, current.boostedUntil(),
                false, List.of(reason));
    }

    /** Boost the story until {@code until}, keeping its status. */
    public static CurationDecision boost(CurationState current, Instant until, List<Reason> reasons) {
        return new CurationDecision(current.status(), current.eligibleAt(), current.primaryTopic(),
                Objects.requireNonNull(until), false, reasons);
    }

    /** Leave the state as it is, for example a refused nomination. */
    public static CurationDecision unchanged(CurationState current, Reason reason) {
        return new CurationDecision(current.status(), current.eligibleAt(), current.primaryTopic(),
                current.boostedUntil(), false, List.of(reason));
    }

    /** Decide nothing now and ask again later; the story is "not yet eligible" meanwhile. */
    public static CurationDecision retryLater(CurationState current, Reason reason) {
        return new CurationDecision(current.status(), current.eligibleAt(), current.primaryTopic(),
                current.boostedUntil(), true, List.of(reason));
    }
}
