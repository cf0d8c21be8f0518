package org.masthead.api.payout;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.UserId;

/**
 * One member's reading on one day, and the dues that day's reading may earn writers.
 *
 * @param member   the paying member
 * @param day      the day (UTC)
 * @param dues     the member's dues attributable to that day (a monthly fee spread over the month's days)
 * @param readings one entry per story the member read that day (possibly none)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MemberDay(UserId member, LocalDate day, Money dues, List<StoryReading> readings) {
    public MemberDay {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(dues, "dues");
        readings = List.copyOf(readings);
    }
}
