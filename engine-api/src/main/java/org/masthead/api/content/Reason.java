package org.masthead.api.content;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Why a plugin decided what it decided. Every ranked item, curation decision and payout line carries reasons;
 * the engine writes them to the audit trail and shows them to readers, writers and admins.
 *
 * @param code    a stable machine-readable code, such as {@code follows-writer} or {@code spam.link-density}
 * @param message a short sentence a person can read, such as "You follow Ana"
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Reason(String code, String message) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("reason code must not be blank");
        }
    }

    /** Shorthand for {@code new Reason(code, message)}. */
    public static Reason of(String code, String message) {
        return new Reason(code, message);
    }
}
