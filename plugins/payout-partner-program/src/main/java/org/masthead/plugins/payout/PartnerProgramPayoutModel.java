package org.masthead.plugins.payout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
import org.masthead.api.payout.StoryReading.Interactions;
import org.masthead.api.plugin.ConfiguredBy;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.Extension;

/**
 * The default payout model, after Medium's Partner Program of August 2023: a member's dues pay the writers that
 * member read, in proportion to how much each story engaged that member. Every weight is a setting of
 * {@link PartnerProgramConfig}, read on every call so an admin's change applies to the next allocation;
 * docs/payouts.md has the formula with a worked example.
 *
 * <p><b>The pool.</b> {@code creatorShare} of the day's dues is the writers' pool, the rest stays with the platform
 * (the remainder). Only a member's own dues are split, so what a writer earns depends on who read them, not on how
 * many people did, and a non-member never moves money.
 *
 * <p><b>Points.</b> A story earns only if the member read it for {@code qualifyingSeconds} or more that day (Medium
 * counts a read from 30 seconds, so a click that bounced earns nothing). Its points are:
 *
 * <pre>
 * points = (minutes × minuteWeight + min(signals, maxEngagementPoints)) × followerBonus? × boostBonus? × readRatio
 *
 * minutes   = min(readingSeconds, maxSecondsPerStory) / 60
 * signals   = the weights of what the member did: clapWeight, highlightWeight, responseWeight, newFollowWeight
 * readRatio = clamp(storyReadRatio / readRatioPivot, readRatioMin, readRatioMax)
 * </pre>
 *
 * <ul>
 *   <li>Reading time is the base because Medium pays for member reading time; the cap per story keeps a tab left
 *       open all day from taking the whole pool.</li>
 *   <li>Claps, highlights, responses and a new follow show a read that mattered to the member. They saturate at
 *       {@code maxEngagementPoints}, so a member cannot multiply what a story earns by clapping, highlighting and
 *       responding all at once; each signal counts once per story and day (the inputs are yes/no).</li>
 *   <li>The follower bonus (applied when the member followed the writer or the publication before reading) rewards
 *       writers for the audience they built; the Boost bonus rewards stories curators judged worth spreading.</li>
 *   <li>The read-ratio factor compares the share of the story's readers who read 30 seconds or more that day with a
 *       typical story's ({@code readRatioPivot}): a story that keeps its readers earns more, one that mostly gets
 *       clicks and bounces earns less. It is monotone, 1 at the pivot and clamped, so one number never decides a
 *       payout.</li>
 * </ul>
 *
 * <p><b>The split.</b> The pool is split across the qualifying stories by their points with largest-remainder
 * rounding ({@link Money#split}), so the lines and the remainder add up to the dues to the minor unit. Lines come in
 * the order the stories first appear in the readings, which decides ties for a leftover cent. A story whose share
 * rounds to zero still gets its line (amount 0), because its reasons show the writer that the read counted. With no
 * qualifying read there are no lines and the whole dues is the remainder. The remainder always stays with the
 * platform: this model sees one member-day at a time, so it cannot hand unread dues to other members' writers.
 *
 * <p><b>Repeated stories.</b> The engine sends one reading per story, but should a story appear more than once it
 * is merged into one, deterministically and independent of order: reading seconds add up (before the cap), a signal,
 * the follow and the Boost count when any entry has them, and the highest read ratio is taken. Entries naming
 * different writers for one story are refused with an {@link IllegalArgumentException}, because paying either would
 * be a guess; the engine then fails the day closed.
 */
@Extension
@ConfiguredBy(PartnerProgramConfig.class)
public class PartnerProgramPayoutModel implements PayoutModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PluginContext context;

    public PartnerProgramPayoutModel(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public PayoutAllocation allocate(MemberDay memberDay) {
        PartnerProgramConfig config = context.config(PartnerProgramConfig.class);
        Money dues = memberDay.dues();
        if (dues.isNegative()) {
            throw new IllegalArgumentException("dues must not be negative: " + dues);
        }
        List<Scored> scored = merge(memberDay.readings()).stream()
                .filter(reading -> reading.readingSeconds() >= config.qualifyingSeconds())
                .map(reading -> score(reading, config))
                .toList();
        if (scored.isEmpty()) {
            return new PayoutAllocation(List.of(), dues, Reason.of("no-qualifying-reads", "No story was read for "
                    + config.qualifyingSeconds() + " seconds or more; the dues stay with the platform"));
        }
        double share = config.creatorShare();
        List<Money> poolAndRest = dues.split(share, 1 - share);
        double[] points = scored.stream().mapToDouble(Scored::points).toArray();
        double totalPoints = scored.stream().mapToDouble(Scored::points).sum();
        List<Money> amounts = poolAndRest.get(0).split(points);
        List<PayoutLine> lines = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Scored story = scored.get(i);
            List<Reason> reasons = new ArrayList<>(story.reasons());
            reasons.add(Reason.of("share", number(story.points()) + " of the " + number(totalPoints)
                    + " points the member's qualifying reads earned that day"));
            lines.add(new PayoutLine(story.reading().story(), story.reading().writer(), amounts.get(i),
                    story.countedSeconds(), story.points(), story.multipliers(), reasons));
        }
        BigDecimal writersPercent = BigDecimal.valueOf(share).movePointRight(2);
        return new PayoutAllocation(lines, poolAndRest.get(1), Reason.of("platform-share",
                percent(writersPercent) + " of the dues goes to the stories read for " + config.qualifyingSeconds()
                        + " seconds or more; the other " + percent(HUNDRED.subtract(writersPercent))
                        + " stays with the platform"));
    }

    /** A qualifying story's points with what produced them; the amount comes later, from all stories' points. */
    private record Scored(StoryReading reading, long countedSeconds, double points, Map<String, Double> multipliers,
                          List<Reason> reasons) {
    }

    private static Scored score(StoryReading reading, PartnerProgramConfig config) {
        List<Reason> reasons = new ArrayList<>();
        Map<String, Double> multipliers = new LinkedHashMap<>();
        long seconds = Math.min(reading.readingSeconds(), config.maxSecondsPerStory());
        double minutes = seconds / 60.0;
        double points = minutes * config.minuteWeight();
        reasons.add(Reason.of("reading-time", reading.readingSeconds() + " seconds of member reading"
                + (seconds < reading.readingSeconds()
                        ? ", counted as " + seconds + " (the most per story and day)" : "")
                + ": " + number(minutes) + " minutes × " + number(config.minuteWeight()) + " = " + number(points)
                + " points"));
        points += engagement(reading.interactions(), config, reasons);
        if (reading.followsWriter()) {
            points *= config.followerBonus();
            multipliers.put("followerBonus", config.followerBonus());
            reasons.add(Reason.of("follower-bonus", "The member followed the writer before reading: points × "
                    + number(config.followerBonus())));
        }
        if (reading.boosted()) {
            points *= config.boostBonus();
            multipliers.put("boostBonus", config.boostBonus());
            reasons.add(Reason.of("boost-bonus", "Boosted that day: points × " + number(config.boostBonus())));
        }
        double relative = reading.storyReadRatio() / config.readRatioPivot();
        double factor = Math.min(Math.max(relative, config.readRatioMin()), config.readRatioMax());
        points *= factor;
        multipliers.put("readRatio", factor);
        reasons.add(Reason.of("read-ratio", "Read ratio " + percent(reading.storyReadRatio()) + " against a typical "
                + percent(config.readRatioPivot()) + ": points × " + number(factor)
                + (factor > relative ? ", the lowest factor allowed" : factor < relative ? ", the highest factor allowed" : "")));
        return new Scored(reading, seconds, points, multipliers, reasons);
    }

    /** The engagement points of one story, saturated, with a reason when the member did anything. */
    private static double engagement(Interactions interactions, PartnerProgramConfig config, List<Reason> reasons) {
        List<String> signals = new ArrayList<>();
        double raw = 0;
        if (interactions.clapped()) {
            raw += config.clapWeight();
            signals.add("clapped (" + number(config.clapWeight()) + ")");
        }
        if (interactions.highlighted()) {
            raw += config.highlightWeight();
            signals.add("highlighted (" + number(config.highlightWeight()) + ")");
        }
        if (interactions.responded()) {
            raw += config.responseWeight();
            signals.add("responded (" + number(config.responseWeight()) + ")");
        }
        if (interactions.followedAfterReading()) {
            raw += config.newFollowWeight();
            signals.add("followed the writer after reading (" + number(config.newFollowWeight()) + ")");
        }
        if (signals.isEmpty()) {
            return 0;
        }
        double counted = Math.min(raw, config.maxEngagementPoints());
        reasons.add(Reason.of("engagement", "The member " + String.join(", ", signals) + ": " + number(raw)
                + " engagement points" + (counted < raw ? ", counted as " + number(counted) + " (the most)" : "")));
        return counted;
    }

    /** One reading per story, in the order stories first appear; see the class comment for the rules. */
    private static List<StoryReading> merge(List<StoryReading> readings) {
        Map<StoryId, StoryReading> byStory = new LinkedHashMap<>();
        for (StoryReading reading : readings) {
            byStory.merge(reading.story(), reading, PartnerProgramPayoutModel::combine);
        }
        return List.copyOf(byStory.values());
    }

    private static StoryReading combine(StoryReading a, StoryReading b) {
        if (!a.writer().equals(b.writer())) {
            throw new IllegalArgumentException("story " + a.story() + " is listed with two writers, " + a.writer()
                    + " and " + b.writer());
        }
        Interactions x = a.interactions();
        Interactions y = b.interactions();
        return new StoryReading(a.story(), a.writer(), a.publication() != null ? a.publication() : b.publication(),
                // A day has 86,400 seconds: a sum that overflows is corrupt input, refused rather than wrapped.
                Math.addExact(a.readingSeconds(), b.readingSeconds()),
                new Interactions(x.clapped() || y.clapped(), x.highlighted() || y.highlighted(),
                        x.responded() || y.responded(), x.followedAfterReading() || y.followedAfterReading()),
                a.followsWriter() || b.followsWriter(), a.boosted() || b.boosted(),
                Math.max(a.storyReadRatio(), b.storyReadRatio()));
    }

    /** A number for a reason: at most two decimals, no trailing zeros. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A ratio in [0, 1] as a percentage for a reason, such as 62.5%. */
    private static String percent(double ratio) {
        return percent(BigDecimal.valueOf(ratio).movePointRight(2).setScale(1, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
