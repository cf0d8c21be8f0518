package org.masthead.plugins.ranking;

import java.lang.reflect.RecordComponent;
import org.masthead.api.plugin.Setting;

/**
 * Weights and limits of the Medium-like ranking; docs/ranking.md gives the formula they plug into. Every component's
 * {@link Setting} range is the one the constructor enforces, so the console's form and the validation cannot drift.
 *
 * @param halfLifeHours               hours after which recency halves a story's score
 * @param priorEvents                 events of a typical story blended into each of a story's rates
 * @param typicalReadRatio            reads per view of a typical story
 * @param typicalMemberSecondsPerView member reading seconds per view of a typical story
 * @param typicalClapperRate          readers who clap, per view, of a typical story
 * @param typicalResponseRate         responses per view of a typical story
 * @param typicalHighlightRate        highlights per view of a typical story
 * @param readRatioWeight             weight of the read ratio in quality
 * @param memberReadingWeight         weight of member reading time in quality
 * @param clapperWeight               weight of clappers in quality
 * @param responseWeight              weight of responses in quality
 * @param highlightWeight             weight of highlights in quality
 * @param followedWriterWeight        relevance added when the reader follows the writer
 * @param followedPublicationWeight   relevance added when the reader follows the publication
 * @param followedTagWeight           relevance added when the reader follows one of the story's tags
 * @param topicAffinityWeight         relevance added per unit of the reader's best topic affinity
 * @param interestThreshold           affinity from which a General story is matched to a non-follower
 * @param boostMultiplier             factor of a Boost-tier story's score
 * @param smallWriterMaxFollowers     writers with at most this many followers count as small
 * @param smallWriterMinViews         views a small writer's story needs before its read ratio counts
 * @param smallWriterMinReadRatio     read ratio a small writer's story needs for the floor
 * @param smallWriterFloor            merit a qualifying small writer's story gets at least
 * @param showLessTopicFactor         factor for a story in a topic the reader sees less of
 * @param showLessWriterFactor        factor for a story by a writer the reader sees less of
 * @param maxPerAuthor                stories of one writer on one page at most
 * @param popularLift                 quality from which a story is "Popular in #tag"
 * @param digestMinScore              score a story needs to enter a digest
 */
public record MediumRankingConfig(
        @Setting(value = "Recency half-life in hours: a story this old counts half as much as a new one",
                min = 1, max = 8760) double halfLifeHours,
        @Setting(value = "Prior strength: each rate is blended with a typical story's over as many views as it takes"
                + " to expect this many reads, clappers, responses or highlights (member reading time is blended over"
                + " the reads' views), so a story with a few views is judged mostly as typical; 0 turns it off",
                min = 0, max = 1_000_000) double priorEvents,
        @Setting(value = "Read ratio (reads per view) of a typical story", min = 0.001, max = 1)
        double typicalReadRatio,
        @Setting(value = "Member reading seconds per view of a typical story", min = 0.001, max = 3600)
        double typicalMemberSecondsPerView,
        @Setting(value = "Readers who clap, per view, of a typical story", min = 0.0001, max = 1)
        double typicalClapperRate,
        @Setting(value = "Responses per view of a typical story", min = 0.0001, max = 1) double typicalResponseRate,
        @Setting(value = "Highlights per view of a typical story", min = 0.0001, max = 10) double typicalHighlightRate,
        @Setting(value = "Weight of the read ratio in engagement quality", min = 0, max = 100) double readRatioWeight,
        @Setting(value = "Weight of member reading time per view in engagement quality", min = 0, max = 100)
        double memberReadingWeight,
        @Setting(value = "Weight of clappers per view in engagement quality", min = 0, max = 100) double clapperWeight,
        @Setting(value = "Weight of responses per view in engagement quality", min = 0, max = 100)
        double responseWeight,
        @Setting(value = "Weight of highlights per view in engagement quality", min = 0, max = 100)
        double highlightWeight,
        @Setting(value = "Relevance added when the reader follows the writer", min = 0, max = 100)
        double followedWriterWeight,
        @Setting(value = "Relevance added when the reader follows the publication", min = 0, max = 100)
        double followedPublicationWeight,
        @Setting(value = "Relevance added when the reader follows one of the story's tags", min = 0, max = 100)
        double followedTagWeight,
        @Setting(value = "Relevance added per unit of the reader's affinity (0 to 1) for the story's best topic",
                min = 0, max = 100) double topicAffinityWeight,
        @Setting(value = "Topic affinity (0 to 1) from which For You and digests match a General story to a reader"
                + " who does not follow its writer; Boosted stories match from any affinity", min = 0, max = 1)
        double interestThreshold,
        @Setting(value = "Factor of a Boosted story's score", min = 1, max = 100) double boostMultiplier,
        @Setting(value = "Writers with at most this many followers count as small for the exposure floor", min = 0,
                max = 1_000_000_000) long smallWriterMaxFollowers,
        @Setting(value = "Views a small writer's story needs before its read ratio qualifies it for the floor",
                min = 0, max = 1_000_000_000) long smallWriterMinViews,
        @Setting(value = "Read ratio (0 to 1) a small writer's story needs for the exposure floor", min = 0, max = 1)
        double smallWriterMinReadRatio,
        @Setting(value = "Exposure floor: the merit a qualifying small writer's story gets at least (1 is a typical"
                + " story's)", min = 0, max = 100) double smallWriterFloor,
        @Setting(value = "Factor for a story in a topic the reader asked to see less of", min = 0, max = 1)
        double showLessTopicFactor,
        @Setting(value = "Factor for a story by a writer the reader asked to see less of", min = 0, max = 1)
        double showLessWriterFactor,
        @Setting(value = "Stories by one writer on one page at most (not on \"More from\" the writer)", min = 1,
                max = 1000) int maxPerAuthor,
        @Setting(value = "Engagement quality (1 is typical) from which a story is called \"Popular in #tag\"",
                min = 1, max = 100) double popularLift,
        @Setting(value = "Score a story needs to enter a digest: a follower's digest is earned, not guaranteed",
                min = 0, max = 1000) double digestMinScore) {

    public MediumRankingConfig {
        requireInRanges(halfLifeHours, priorEvents, typicalReadRatio, typicalMemberSecondsPerView, typicalClapperRate,
                typicalResponseRate, typicalHighlightRate, readRatioWeight, memberReadingWeight, clapperWeight,
                responseWeight, highlightWeight, followedWriterWeight, followedPublicationWeight, followedTagWeight,
                topicAffinityWeight, interestThreshold, boostMultiplier, smallWriterMaxFollowers, smallWriterMinViews,
                smallWriterMinReadRatio, smallWriterFloor, showLessTopicFactor, showLessWriterFactor, maxPerAuthor,
                popularLift, digestMinScore);
        if (readRatioWeight + memberReadingWeight + clapperWeight + responseWeight + highlightWeight <= 0) {
            throw new IllegalArgumentException("at least one engagement quality weight must be above 0");
        }
    }

    /** The defaults: docs/ranking.md explains each value. */
    public MediumRankingConfig() {
        this(48, 20, 0.4, 20, 0.02, 0.004, 0.01,
                0.35, 0.25, 0.15, 0.15, 0.10,
                1.0, 0.5, 0.5, 1.0, 0.2, 2.0,
                100, 10, 0.5, 1.5,
                0.25, 0.1, 2, 1.25, 0.2);
    }

    /** Checks each value, in component order, against its component's {@link Setting} range. */
    private static void requireInRanges(Number... values) {
        RecordComponent[] components = MediumRankingConfig.class.getRecordComponents();
        if (values.length != components.length) {
            throw new IllegalStateException("check every component: " + values.length + " of " + components.length);
        }
        for (int i = 0; i < components.length; i++) {
            Setting setting = components[i].getAnnotation(Setting.class);
            double value = values[i].doubleValue();
            if (!(value >= setting.min() && value <= setting.max())) {
                throw new IllegalArgumentException(components[i].getName() + " must be between "
                        + number(setting.min()) + " and " + number(setting.max()) + ": " + values[i]);
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
