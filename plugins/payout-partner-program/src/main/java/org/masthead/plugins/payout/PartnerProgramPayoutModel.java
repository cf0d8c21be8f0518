package org.masthead.plugins.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.masthead.api.content.Reason;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.api.payout.PayoutModel;
import org.masthead.api.payout.StoryReading;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.Extension;

/**
 * The default payout model. For now a configured share of the member's dues is split across the stories they read
 * for at least {@value #QUALIFYING_SECONDS} seconds, in proportion to reading time, by largest-remainder rounding so
 * the lines and the remainder add up to the dues exactly. Medium's engagement points and follower and Boost bonuses
 * arrive later under the same plugin id.
 */
@Extension
public class PartnerProgramPayoutModel implements PayoutModel {

    /** Medium counts a read from 30 seconds of reading; shorter visits earn nothing. */
    static final long QUALIFYING_SECONDS = 30;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PluginContext context;

    public PartnerProgramPayoutModel(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public PayoutAllocation allocate(MemberDay memberDay) {
        Money dues = memberDay.dues();
        List<StoryReading> qualifying = memberDay.readings().stream()
                .filter(r -> r.readingSeconds() >= QUALIFYING_SECONDS)
                .toList();
        if (qualifying.isEmpty()) {
            return new PayoutAllocation(List.of(), dues, Reason.of("no-qualifying-reads", "No story was read for "
                    + QUALIFYING_SECONDS + " seconds or more; the dues stay with the platform"));
        }
        double share = context.config(PartnerProgramConfig.class).creatorShare();
        List<Money> poolAndRest = dues.split(share, 1 - share);
        long totalSeconds = qualifying.stream().mapToLong(StoryReading::readingSeconds).sum();
        List<Money> amounts = poolAndRest.get(0)
                .split(qualifying.stream().mapToDouble(StoryReading::readingSeconds).toArray());
        List<PayoutLine> lines = new ArrayList<>(qualifying.size());
        for (int i = 0; i < qualifying.size(); i++) {
            StoryReading reading = qualifying.get(i);
            lines.add(new PayoutLine(reading.story(), reading.writer(), amounts.get(i), reading.readingSeconds(),
                    reading.readingSeconds(), Map.of(), List.of(Reason.of("reading-time", "Read for "
                            + reading.readingSeconds() + " seconds, of " + totalSeconds
                            + " qualifying seconds the member read that day"))));
        }
        BigDecimal writersPercent = BigDecimal.valueOf(share).movePointRight(2);
        return new PayoutAllocation(lines, poolAndRest.get(1), Reason.of("platform-share",
                percent(writersPercent) + " of the dues goes to the stories read for " + QUALIFYING_SECONDS
                        + " seconds or more; the other " + percent(HUNDRED.subtract(writersPercent))
                        + " stays with the platform"));
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
