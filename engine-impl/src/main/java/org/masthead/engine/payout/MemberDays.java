package org.masthead.engine.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.StoryReading;
import org.masthead.engine.membership.MembershipService;
import org.masthead.engine.payout.PayoutMapper.DuesRow;
import org.masthead.engine.payout.PayoutMapper.ReadingRow;

/**
 * Streams one day's members, in batches, as the {@link MemberDay}s a payout model takes: a batch of members, then
 * one query for all their reading, so a day of any size is a few hundred queries and one batch in memory.
 */
final class MemberDays {
    private static final int BATCH = 500;
    private static final long DAY_MILLIS = 86_400_000L;

    private MemberDays() {
    }

    /**
     * Calls {@code each} with every member who has dues on {@code day} and the database ids behind the stories
     * they read ({@code public id → [story id, writer id]}).
     *
     * @return how many members there were
     */
    static int forEach(PayoutMapper mapper, int day, BiConsumer<MemberDay, Map<String, long[]>> each) {
        Instant start = Instant.ofEpochMilli(day * DAY_MILLIS);
        Instant end = start.plusMillis(DAY_MILLIS);
        LocalDate date = LocalDate.ofEpochDay(day);
        int members = 0;
        long after = 0;
        for (List<DuesRow> batch = mapper.members(day, after, BATCH); !batch.isEmpty();
             batch = mapper.members(day, after, BATCH)) {
            Map<Long, List<ReadingRow>> readings = new HashMap<>();
            for (ReadingRow row : mapper.readings(day, batch.get(0).userId(), batch.get(batch.size() - 1).userId(),
                    start, end)) {
                readings.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row);
            }
            for (DuesRow member : batch) {
                long dues = MembershipService.duesOfDay(member.priceMinor(), member.startDay(), member.periodEndDay(),
                        day);
                Map<String, long[]> ids = new HashMap<>();
                List<StoryReading> read = new ArrayList<>();
                for (ReadingRow row : readings.getOrDefault(member.userId(), List.of())) {
                    ids.put(row.storyPublicId(), new long[] {row.storyId(), row.writerId()});
                    read.add(reading(row));
                }
                each.accept(new MemberDay(new UserId(member.userPublicId()), date,
                        Money.of(dues, member.currency()), read), ids);
                members++;
            }
            after = batch.get(batch.size() - 1).userId();
        }
        return members;
    }

    private static StoryReading reading(ReadingRow row) {
        return new StoryReading(new StoryId(row.storyPublicId()), new UserId(row.writerPublicId()),
                row.publicationPublicId() == null ? null : new PublicationId(row.publicationPublicId()),
                row.seconds(), new StoryReading.Interactions(row.clapped(), row.highlighted(), row.responded(),
                        row.followedAfter()), row.followsBefore(), row.boosted(),
                row.readers() == 0 ? 0 : Math.min(1.0, (double) row.reads() / row.readers()));
    }
}
