package org.masthead.engine.story;

/** Where a story is in its life. */
public enum StoryStatus {
    /** Being written; only its writer sees it. */
    DRAFT,
    /** Waits for its publication time; only its writer sees it. */
    SCHEDULED,
    /** Public: reachable by URL and listed in feeds, tags and search. */
    PUBLISHED,
    /** Reachable by URL only; listed nowhere. */
    UNLISTED;

    /** Whether readers other than the writer can open it by URL. */
    public boolean isReadable() {
        return this == PUBLISHED || this == UNLISTED;
    }
}
