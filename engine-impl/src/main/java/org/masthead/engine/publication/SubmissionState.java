package org.masthead.engine.publication;

/** Where a story stands with a publication, as its writer and the editors see it. */
public enum SubmissionState {
    /** The writer submitted it; editors decide. */
    SUBMITTED,
    /** An editor asked for changes; the writer may edit and submit again. */
    CHANGES_REQUESTED,
    /** Accepted: the story is in the publication (and published, if it was a draft). */
    ACCEPTED,
    /** Declined by an editor, or a request declined by the writer. */
    DECLINED,
    /** An editor asked the writer to add a published story to the publication. */
    REQUESTED
}
