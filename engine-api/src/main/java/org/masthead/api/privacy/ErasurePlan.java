package org.masthead.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.Reason;

/**
 * What to do with each data set of a closed account.
 *
 * @param purgeAt when the purge job carries the plan out
 * @param steps   one step per data set of the request's data map
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ErasurePlan(Instant purgeAt, List<Step> steps) {
    public ErasurePlan {
        Objects.requireNonNull(purgeAt, "purgeAt");
        steps = List.copyOf(steps);
    }

    /**
     * What happens to one data set.
     *
     * @param dataSet     the data set's name
     * @param action      delete, anonymize, or retain
     * @param retainUntil for {@link Action#RETAIN}, until when; otherwise {@code null}
     * @param reason      why, shown in the person's export and the audit log
     */
    public record Step(String dataSet, Action action, Instant retainUntil, Reason reason) {
        public Step {
            Objects.requireNonNull(dataSet, "dataSet");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reason, "reason");
            if (action == Action.RETAIN && retainUntil == null) {
                throw new IllegalArgumentException("a retained data set needs a date until which it is kept");
            }
        }
    }

    /** What can happen to a data set. */
    public enum Action {
        DELETE, ANONYMIZE, RETAIN
    }
}
