package org.masthead.engine.reading;

/**
 * Counts the fold adds to a story's day (or to one source of it) in one go.
 *
 * @param presentations        times shown in a feed
 * @param views                counted views
 * @param reads                counted reads
 * @param readers              readers with a first view of the story that day
 * @param memberViews          counted views by members
 * @param memberReads          counted reads by members
 * @param readingSeconds       reading seconds
 * @param memberReadingSeconds reading seconds of members
 */
record Tally(long presentations, long views, long reads, long readers, long memberViews, long memberReads,
             long readingSeconds, long memberReadingSeconds) {
    static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    static Tally presentation() {
        return new Tally(1, 0, 0, 0, 0, 0, 0, 0);
    }

    /** What folding one view adds, by a member or not. */
    static Tally of(ReadingRules.Fold fold, boolean member) {
        int view = fold.view() ? 1 : 0;
        int read = fold.read() ? 1 : 0;
        return new Tally(0, view, read, fold.newReader() ? 1 : 0, member ? view : 0, member ? read : 0,
                fold.seconds(), member ? fold.seconds() : 0);
    }

    Tally plus(Tally other) {
        return new Tally(presentations + other.presentations, views + other.views, reads + other.reads,
                readers + other.readers, memberViews + other.memberViews, memberReads + other.memberReads,
                readingSeconds + other.readingSeconds, memberReadingSeconds + other.memberReadingSeconds);
    }

    boolean isZero() {
        return equals(ZERO);
    }
}
