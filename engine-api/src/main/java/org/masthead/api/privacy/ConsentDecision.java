package org.masthead.api.privacy;

import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.Reason;

/**
 * Whether the engine may go ahead, and why.
 *
 * @param allowed whether it may
 * @param reason  why
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentDecision(boolean allowed, Reason reason) {
    public ConsentDecision {
        Objects.requireNonNull(reason, "reason");
    }

    /** Go ahead. */
    public static ConsentDecision allow(Reason reason) {
        return new ConsentDecision(true, reason);
    }

    /** Do not. */
    public static ConsentDecision deny(Reason reason) {
        return new ConsentDecision(false, reason);
    }
}
