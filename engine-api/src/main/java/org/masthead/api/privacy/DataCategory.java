package org.masthead.api.privacy;

import org.apiguardian.api.API;

/** The kinds of personal data the privacy policy names. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataCategory {
    /** Name, username, email, avatar, credentials. */
    IDENTIFIERS,
    /** Stories, responses, lists and other things a person wrote. */
    CONTENT,
    /** Reading history, follows, claps, highlights, bookmarks. */
    ACTIVITY,
    /** Memberships, payments, earnings. */
    TRANSACTIONAL,
    /** IP addresses, user agents, sessions. */
    DEVICE_USAGE,
    /** What the engine inferred, such as topic affinity. */
    INFERENCES
}
