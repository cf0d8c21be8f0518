package org.masthead.engine.reading;

import java.time.Duration;
import java.time.Instant;

/**
 * The plausibility rules of reading time, and what counts as a view and as a read. Pure: the same inputs always
 * give the same answer.
 *
 * @param viewWindow a reader opening the same story again within this time of a counted view is not a new view
 */
public record ReadingRules(Duration viewWindow) {
    /** Medium's read since 2023: 30 seconds or more on the page. */
    public static final int READ_SECONDS = 30;
    /**
     * Most seconds one beacon may add. The page reports every 10 seconds while visible and in use; a longer silence
     * means it was hidden or idle, so a report claiming more than this is cut to it.
     */
    public static final int MAX_SECONDS_PER_BEACON = 30;
    /** The slowest pace credited, in words per minute: about a fifth of the 265 that Medium's reading time uses. */
    public static final int SLOWEST_WORDS_PER_MINUTE = 50;
    /** Added to every story's cap, for images, code and a moment's thought. */
    public static final int CAP_FLOOR_SECONDS = 120;
    /** How long a view token takes beacons: a page left open longer earns nothing more. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(6);
    /** A token issued this far in the future (another node's clock running ahead) is still accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    public ReadingRules {
        if (viewWindow.isNegative()) {
            throw new IllegalArgumentException("the view window cannot be negative");
        }
    }

    /**
     * The most reading time one view of a story of {@code words} words is credited: the story read at
     * {@link #SLOWEST_WORDS_PER_MINUTE}, plus {@link #CAP_FLOOR_SECONDS}. A 200-word story gets at most 6 minutes.
     */
    public static int capSeconds(int words) {
        return CAP_FLOOR_SECONDS + (int) Math.ceil(Math.max(0, words) * 60.0 / SLOWEST_WORDS_PER_MINUTE);
    }

    /** Whether a view with {@code readingSeconds} of reading time is a read. */
    public static boolean isRead(int readingSeconds) {
        return readingSeconds >= READ_SECONDS;
    }

    /** Whether a token issued at {@code issuedAt} still takes beacons at {@code now}. */
    public static boolean isLive(Instant issuedAt, Instant now) {
        return !issuedAt.isAfter(now.plus(CLOCK_SKEW)) && !now.isAfter(issuedAt.plus(TOKEN_LIFETIME));
    }

    /** The UTC day of {@code instant}, in days since 1970-01-01. */
    public static int day(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond(), 86_400L);
    }

    /**
     * A view's reading time so far.
     *
     * @param reported the visible reading seconds the page last reported
     * @param reading  the part credited after the caps
     */
    public record Credit(int reported, int reading) {
        /** A view before its first report. */
        public static final Credit NONE = new Credit(0, 0);
    }

    /**
     * The credit after a beacon that reports {@code reported} seconds of visible reading on the page (a running
     * total, so a repeated or late beacon changes nothing). The increase counts up to
     * {@link #MAX_SECONDS_PER_BEACON}; the total never exceeds the wall-clock time since the token was issued, nor
     * the story's {@link #capSeconds cap}, and never goes down.
     */
    public static Credit credit(Credit before, int reported, int capSeconds, Instant issuedAt, Instant now) {
        if (reported <= before.reported()) {
            return before;
        }
        int added = Math.min(reported - before.reported(), MAX_SECONDS_PER_BEACON);
        long elapsed = Math.max(0, Duration.between(issuedAt, now).toSeconds());
        long capped = Math.min(Math.min(before.reading() + (long) added, elapsed), capSeconds);
        return new Credit(reported, (int) Math.max(before.reading(), capped));
    }

    /**
     * Whether a view issued at {@code issuedAt} repeats a counted view of the same reader and story issued at
     * {@code counted}: less than the view window apart, either way (views are folded in the order their first
     * beacons arrived, which need not be the order the pages were opened).
     */
    public boolean isRepeat(Instant counted, Instant issuedAt) {
        return Duration.between(counted, issuedAt).abs().compareTo(viewWindow) < 0;
    }

    /**
     * What folding a view into the aggregates adds.
     *
     * @param view      counts as a new view (the first fold of a view that is no repeat)
     * @param read      counts as a new read: the view reached {@link #READ_SECONDS} and the reader had no read of
     *                  the story that day yet
     * @param newReader the reader's first view of the story that day
     * @param seconds   reading seconds not folded before
     */
    public record Fold(boolean view, boolean read, boolean newReader, int seconds) {
    }

    /**
     * What folding {@code view} adds, given whether it is a {@linkplain #isRepeat repeat} and what its reader's row
     * for the story and day holds ({@code null} before the reader's first view of the story that day).
     */
    public static Fold fold(ReadingMapper.ViewRow view, boolean repeat, ReadingMapper.ReaderDay readerDay) {
        boolean firstFold = view.counted() == null;
        boolean reachedRead = !view.isRead() && isRead(view.readingSeconds());
        return new Fold(firstFold && !repeat, reachedRead && (readerDay == null || !readerDay.isRead()),
                readerDay == null, view.readingSeconds() - view.foldedSeconds());
    }

    /** Whether folding {@code view} marks it read (so that it is never considered for a read again). */
    public static boolean foldsAsRead(ReadingMapper.ViewRow view) {
        return view.isRead() || isRead(view.readingSeconds());
    }
}
