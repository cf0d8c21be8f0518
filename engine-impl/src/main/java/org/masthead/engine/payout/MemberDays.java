package org.masthead.engine.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.StoryReading;
import org.masthead.engine.membership.MembershipService;
import org.masthead.engine.payout.PayoutMapper.DuesRow;
import org.masthead.engine.payout.PayoutMapper.FollowRow;
import org.masthead.engine.payout.PayoutMapper.ReadingRow;
import org.masthead.engine.payout.PayoutMapper.Link;
import org.masthead.engine.payout.PayoutMapper.StoryDayRow;

/**
 * Streams one day's members, in batches, as the {@link MemberDay}s a payout model takes: per batch of members, one
 * range query each for their reading, claps, highlights, responses and follows, put together here; per day, one
 * for every story's read ratio, one for the Boosted stories and one for the Partner Program's writers. A day of
 * any size is a few thousand indexed range scans and one batch in memory.
 */
final class MemberDays {
    private static final int BATCH = 500;
    private static final long DAY_MILLIS = 86_400_000L;

    /**
     * One member's day and what is behind the stories they read.
     *
     * @param day     the model's input
     * @param stories by story public id
     */
    record Member(MemberDay day, Map<String, Story> stories) {
    }

    /** A story as the engine knows it: its database ids, and its readers and reads that day (its read ratio). */
    record Story(long id, long writerId, long readers, long reads) {
    }

    /** Where the members of a day come from: by default everyone with dues, in the order of their ids. */
    interface Source {
        /** The next at most {@code limit} members with an id greater than {@code after}, in the order of ids. */
        List<DuesRow> after(long after, int limit);
    }

    private MemberDays() {
    }

    /**
     * Calls {@code each} with every batch of members who have dues on {@code day}, in the order of their ids.
     *
     * @return how many members there were
     */
    static int forEach(PayoutMapper mapper, int day, Consumer<List<Member>> each) {
        return forEach(mapper, day, (after, limit) -> mapper.members(day, after, limit), each);
    }

    /**
     * Like {@link #forEach(PayoutMapper, int, Consumer)} for the members {@code source} gives. A day already paid
     * is computed again (for a refund, or a simulation) with the read ratios it was paid with, which its ledger
     * lines keep: logged-out readers' rows are deleted after two days, so today's ratios would differ.
     */
    static int forEach(PayoutMapper mapper, int day, Source source, Consumer<List<Member>> each) {
        Instant start = Instant.ofEpochMilli(day * DAY_MILLIS);
        Instant end = start.plusMillis(DAY_MILLIS);
        LocalDate date = LocalDate.ofEpochDay(day);
        Map<Long, StoryDayRow> storyDays = null;
        Set<Long> boosted = null;
        Set<Long> partners = null;
        int members = 0;
        long after = 0;
        for (List<DuesRow> batch = source.after(after, BATCH); !batch.isEmpty();
             batch = source.after(after, BATCH)) {
            if (storyDays == null) {
                storyDays = new HashMap<>();
                for (StoryDayRow row : mapper.storyDays(day)) {
                    storyDays.put(row.storyId(), row);
                }
                for (StoryDayRow row : mapper.paidStoryDays(day)) {
                    storyDays.put(row.storyId(), row);
                }
                boosted = new HashSet<>(mapper.boosted(start, end));
                partners = new HashSet<>(mapper.partners());
            }
            long from = batch.get(0).userId();
            long to = batch.get(batch.size() - 1).userId();
            Signals signals = new Signals(mapper, from, to, start, end);
            Map<Long, List<ReadingRow>> readings = new HashMap<>();
            for (ReadingRow row : mapper.readings(day, from, to)) {
                if (!partners.contains(row.writerId())) {
                    continue;
                }
                readings.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row);
            }
            List<Member> out = new ArrayList<>(batch.size());
            for (DuesRow member : batch) {
                long dues = MembershipService.duesOfDay(member.priceMinor(), member.startDay(), member.periodEndDay(),
                        day);
                Map<String, Story> stories = new HashMap<>();
                List<StoryReading> read = new ArrayList<>();
                for (ReadingRow row : readings.getOrDefault(member.userId(), List.of())) {
                    StoryDayRow storyDay = storyDays.getOrDefault(row.storyId(), new StoryDayRow(row.storyId(), 0, 0));
                    stories.put(row.storyPublicId(), new Story(row.storyId(), row.writerId(), storyDay.readers(),
                            storyDay.reads()));
                    read.add(signals.reading(row, storyDay, boosted.contains(row.storyId()), end));
                }
                out.add(new Member(new MemberDay(new UserId(member.userPublicId()), date,
                        Money.of(dues, member.currency()), read), stories));
            }
            each.accept(out);
            members += batch.size();
            after = to;
        }
        return members;
    }

    /** What a batch of members did that day besides reading, looked up by member and story or followee. */
    private static final class Signals {
        private final Set<Link> claps;
        private final Set<Link> highlights;
        private final Set<Link> responses;
        private final Map<Link, Instant> writerFollows = new HashMap<>();
        private final Map<Link, Instant> publicationFollows = new HashMap<>();

        Signals(PayoutMapper mapper, long from, long to, Instant start, Instant end) {
            claps = new HashSet<>(mapper.claps(from, to, start, end));
            highlights = new HashSet<>(mapper.highlights(from, to, start, end));
            responses = new HashSet<>(mapper.responses(from, to, start, end));
            for (FollowRow row : mapper.writerFollows(from, to, end)) {
                writerFollows.put(new Link(row.userId(), row.followeeId()), row.createdAt());
            }
            for (FollowRow row : mapper.publicationFollows(from, to, end)) {
                publicationFollows.put(new Link(row.userId(), row.followeeId()), row.createdAt());
            }
        }

        /**
         * The model's view of one reading: a follow before the member's first view that day makes them a follower,
         * one after it (by the end of the day) a new follower the story won.
         */
        StoryReading reading(ReadingRow row, StoryDayRow storyDay, boolean boosted, Instant end) {
            Link pair = new Link(row.userId(), row.storyId());
            Instant followed = writerFollows.get(new Link(row.userId(), row.writerId()));
            Instant publicationFollowed = row.publicationId() == null ? null
                    : publicationFollows.get(new Link(row.userId(), row.publicationId()));
            boolean followsBefore = followed != null && followed.isBefore(row.firstViewAt())
                    || publicationFollowed != null && publicationFollowed.isBefore(row.firstViewAt());
            boolean followedAfter = followed != null && !followed.isBefore(row.firstViewAt())
                    && followed.isBefore(end);
            long readers = storyDay.readers();
            long reads = storyDay.reads();
            return new StoryReading(new StoryId(row.storyPublicId()), new UserId(row.writerPublicId()),
                    row.publicationPublicId() == null ? null : new PublicationId(row.publicationPublicId()),
                    row.seconds(), new StoryReading.Interactions(claps.contains(pair), highlights.contains(pair),
                            responses.contains(pair), followedAfter), followsBefore, boosted,
                    readers == 0 ? 0 : Math.min(1.0, (double) reads / readers));
        }
    }
}
