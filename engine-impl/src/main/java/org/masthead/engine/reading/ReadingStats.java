package org.masthead.engine.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * Writers' stats from the folded reading events: presentations, views, reads, read ratio, reading time and
 * members' reading time, by day, by traffic source and by story, for a range of UTC days. Publication and
 * per-story totals for the social stats come from here too, so every page shows the same numbers.
 */
@ApplicationScoped
public class ReadingStats {
    /** Longest range one request may ask for, in days. */
    public static final int MAX_DAYS = 366;
    /** The range when none is given: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    /**
     * Counters over a range.
     *
     * @param presentations        times a card of the story was shown in a feed
     * @param views                views: story pages opened (once per reader and view window)
     * @param reads                reads: views of 30 seconds or more (once per reader, story and day)
     * @param readRatio            reads per view, 0 to 1 (0 without views)
     * @param readingSeconds       reading time, visible and in use, after the plausibility caps
     * @param memberReadingSeconds the part of the reading time by members (what payouts share dues by)
     * @param memberReads          reads by members
     */
    public record Counts(long presentations, long views, long reads, double readRatio, long readingSeconds,
                         long memberReadingSeconds, long memberReads) {
        static final Counts ZERO = of(new ReadingStatsMapper.Sums(0, 0, 0, 0, 0, 0, 0));

        static Counts of(ReadingStatsMapper.Sums sums) {
            return new Counts(sums.presentations(), sums.views(), sums.reads(), ratio(sums.reads(), sums.views()),
                    sums.readingSeconds(), sums.memberReadingSeconds(), sums.memberReads());
        }

        Counts plus(Counts other) {
            long views = this.views + other.views;
            long reads = this.reads + other.reads;
            return new Counts(presentations + other.presentations, views, reads, ratio(reads, views),
                    readingSeconds + other.readingSeconds, memberReadingSeconds + other.memberReadingSeconds,
                    memberReads + other.memberReads);
        }
    }

    /**
     * One day.
     *
     * @param date   the UTC date
     * @param counts its counters
     */
    public record Day(LocalDate date, Counts counts) {
    }

    /**
     * One traffic source.
     *
     * @param source         home, following, for_you, tag, more_from, search, friend_link, external, internal or
     *                       direct
     * @param referrer       the referring host for external traffic, else empty
     * @param presentations  times shown on this surface
     * @param views          views from it
     * @param reads          reads from it
     * @param readRatio      reads per view
     * @param readingSeconds reading time from it
     */
    public record SourceLine(String source, String referrer, long presentations, long views, long reads,
                             double readRatio, long readingSeconds) {
    }

    /**
     * One story.
     *
     * @param id     public id
     * @param title  title
     * @param counts its counters over the range
     */
    public record StoryLine(String id, String title, Counts counts) {
    }

    /**
     * A writer's stats over a range.
     *
     * @param from    first day, UTC
     * @param to      last day, UTC, included
     * @param totals  all their stories together
     * @param days    every day of the range, oldest first
     * @param sources by source, most views first
     * @param stories every published story, most views (then reads, then reading time) first
     */
    public record WriterStats(LocalDate from, LocalDate to, Counts totals, List<Day> days, List<SourceLine> sources,
                              List<StoryLine> stories) {
    }

    /**
     * One story's stats over a range.
     *
     * @param id      public id
     * @param title   title
     * @param from    first day, UTC
     * @param to      last day, UTC, included
     * @param totals  over the range
     * @param days    every day of the range, oldest first
     * @param sources by source, most views first
     */
    public record StoryStats(String id, String title, LocalDate from, LocalDate to, Counts totals, List<Day> days,
                             List<SourceLine> sources) {
    }

    private final ReadingStatsMapper stats;
    private final StoryService stories;
    private final Clock clock;

    @Inject
    public ReadingStats(Database database, StoryService stories, Clock clock) {
        this.stats = database.mapper(ReadingStatsMapper.class);
        this.stories = stories;
        this.clock = clock;
    }

    /** All-time counters of the story with database id {@code storyId}. */
    public Counts storyTotals(long storyId) {
        return Counts.of(stats.storyTotals(storyId));
    }

    /** All-time counters of the stories of the publication with database id {@code publicationId}. */
    public Counts publicationTotals(long publicationId) {
        return Counts.of(stats.publicationTotals(publicationId));
    }

    /**
     * {@code writer}'s stats from {@code from} to {@code to} (ISO dates, UTC, both included; by default the last
     * 30 days).
     *
     * @throws ApiException 400 {@code invalid_date} or {@code invalid_range}
     */
    public WriterStats writer(CurrentUser writer, String from, String to) {
        Range range = range(from, to);
        List<Day> days = days(range, stats.writerDays(writer.id(), range.fromDay(), range.toDay()));
        List<StoryLine> lines = stats.writerStories(writer.id(), range.fromDay(), range.toDay()).stream()
                .map(row -> new StoryLine(row.publicId(), row.title(), Counts.of(row.sums())))
                .sorted(Comparator.comparingLong((StoryLine line) -> line.counts().views())
                        .thenComparingLong(line -> line.counts().reads())
                        .thenComparingLong(line -> line.counts().readingSeconds()).reversed()
                        .thenComparing(StoryLine::id))
                .toList();
        return new WriterStats(range.from(), range.to(), total(days), days,
                sources(stats.writerSources(writer.id(), range.fromDay(), range.toDay())), lines);
    }

    /**
     * The stats of {@code writer}'s story {@code storyId} from {@code from} to {@code to}.
     *
     * @throws ApiException 404 for a story {@code writer} cannot see, 403 for someone else's, 400 for bad dates
     */
    public StoryStats story(CurrentUser writer, String storyId, String from, String to) {
        Range range = range(from, to);
        StoryRow story = stories.ownStory(writer, storyId);
        List<Day> days = days(range, stats.storyDays(story.id(), range.fromDay(), range.toDay()));
        return new StoryStats(story.publicId(), story.title(), range.from(), range.to(), total(days), days,
                sources(stats.storySources(story.id(), range.fromDay(), range.toDay())));
    }

    private record Range(LocalDate from, LocalDate to) {
        int fromDay() {
            return (int) from.toEpochDay();
        }

        int toDay() {
            return (int) to.toEpochDay();
        }
    }

    private Range range(String from, String to) {
        LocalDate last = to == null || to.isBlank() ? LocalDate.ofEpochDay(ReadingRules.day(clock.instant()))
                : date(to, "to");
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1) : date(from, "from");
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        if (length < 1 || length > MAX_DAYS) {
            throw ApiException.badRequest("invalid_range", "from must not be after to, and the range at most "
                    + MAX_DAYS + " days");
        }
        return new Range(first, last);
    }

    private static LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_date", name + " must be a date such as 2024-05-31");
        }
    }

    /** Every day of the range, with zeros where nothing was counted. */
    private static List<Day> days(Range range, List<ReadingStatsMapper.Sums> rows) {
        Map<Integer, ReadingStatsMapper.Sums> byDay = rows.stream().collect(Collectors.toMap(ReadingStatsMapper.Sums::day,
                Function.identity()));
        return IntStream.rangeClosed(range.fromDay(), range.toDay()).mapToObj(day -> new Day(LocalDate.ofEpochDay(day),
                byDay.containsKey(day) ? Counts.of(byDay.get(day)) : Counts.ZERO)).toList();
    }

    private static Counts total(List<Day> days) {
        return days.stream().map(Day::counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static List<SourceLine> sources(List<ReadingStatsMapper.SourceSums> rows) {
        return rows.stream().map(row -> new SourceLine(row.source(), row.referrerHost(), row.presentations(),
                        row.views(), row.reads(), ratio(row.reads(), row.views()), row.readingSeconds()))
                .sorted(Comparator.comparingLong(SourceLine::views).reversed()
                        .thenComparing(Comparator.comparingLong(SourceLine::presentations).reversed())
                        .thenComparing(SourceLine::source).thenComparing(SourceLine::referrer))
                .toList();
    }

    private static double ratio(long reads, long views) {
        return views == 0 ? 0 : (double) reads / views;
    }
}
