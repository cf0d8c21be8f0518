package org.masthead.engine.story;

/** Where a story is in its life. */
public enum StoryStatus {
    DRAFT, PUBLISHED
}
