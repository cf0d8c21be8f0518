package org.masthead.plugins.flatperread;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.api.payout.PayoutModel;
import org.masthead.api.payout.StoryReading;
import org.masthead.api.plugin.ConfiguredBy;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.Extension;

/**
 * An alternative payout model, bundled to prove that payout models can be swapped: {@code creatorShare} of a
 * member's dues is split equally across the stories that member read for {@code qualifyingSeconds} or more that
 * day. Reading time beyond the threshold, claps, highlights, responses, follows, Boost and read ratio change
 * nothing, so a writer's earnings count their member readers and nothing else.
 *
 * <p>The split is largest-remainder rounding ({@link Money#split}), so the lines and the remainder add up to the dues
 * exactly; a leftover cent goes to the story that appears first in the readings. Every qualifying story gets a line,
 * even when its share rounds to zero. With no qualifying read the whole dues is the remainder, and the remainder
 * always stays with the platform. A story listed more than once is one read: its reading seconds add up before the
 * threshold is applied; entries naming different writers for one story are refused with an
 * {@link IllegalArgumentException}, as paying either would be a guess.
 */
@Extension
@ConfiguredBy(FlatPerReadConfig.class)
public class FlatPerReadPayoutModel implements PayoutModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PluginContext context;

    public FlatPerReadPayoutModel(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public PayoutAllocation allocate(MemberDay memberDay) {
        FlatPerReadConfig config = context.config(FlatPerReadConfig.class);
        Money dues = memberDay.dues();
        if (dues.isNegative()) {
            throw new IllegalArgumentException("dues must not be negative: " + dues);
        }
        List<StoryReading> reads = secondsPerStory(memberDay.readings()).stream()
                .filter(reading -> reading.readingSeconds() >= config.qualifyingSeconds())
                .toList();
        if (reads.isEmpty()) {
            return new PayoutAllocation(List.of(), dues, Reason.of("no-qualifying-reads", "No story was read for "
                    + config.qualifyingSeconds() + " seconds or more; the dues stay with the platform"));
        }
        double share = config.creatorShare();
        List<Money> poolAndRest = dues.split(share, 1 - share);
        double[] equal = new double[reads.size()];
        Arrays.fill(equal, 1);
        List<Money> amounts = poolAndRest.get(0).split(equal);
        List<PayoutLine> lines = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            StoryReading read = reads.get(i);
            lines.add(new PayoutLine(read.story(), read.writer(), amounts.get(i), read.readingSeconds(), 1,
                    Map.of(), List.of(Reason.of("qualifying-read", "Read for " + read.readingSeconds()
                            + " seconds: one of the member's " + reads.size()
                            + " qualifying reads that day, which earn equal shares"))));
        }
        BigDecimal writersPercent = BigDecimal.valueOf(share).movePointRight(2);
        return new PayoutAllocation(lines, poolAndRest.get(1), Reason.of("platform-share",
                percent(writersPercent) + " of the dues goes to the stories read for " + config.qualifyingSeconds()
                        + " seconds or more; the other " + percent(HUNDRED.subtract(writersPercent))
                        + " stays with the platform"));
    }

    /** One reading per story with the seconds of all its entries, in the order stories first appear. */
    private static List<StoryReading> secondsPerStory(List<StoryReading> readings) {
        Map<StoryId, StoryReading> byStory = new LinkedHashMap<>();
        for (StoryReading reading : readings) {
            byStory.merge(reading.story(), reading, (a, b) -> {
                if (!a.writer().equals(b.writer())) {
                    throw new IllegalArgumentException("story " + a.story() + " is listed with two writers, "
                            + a.writer() + " and " + b.writer());
                }
                // Only the seconds matter here; a day has 86,400, so a sum that overflows is corrupt input.
                return new StoryReading(a.story(), a.writer(), a.publication(),
                        Math.addExact(a.readingSeconds(), b.readingSeconds()), a.interactions(), a.followsWriter(),
                        a.boosted(), a.storyReadRatio());
            });
        }
        return List.copyOf(byStory.values());
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
