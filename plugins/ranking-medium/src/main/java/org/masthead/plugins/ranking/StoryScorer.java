package org.masthead.plugins.ranking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StorySummary;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;

/**
 * Decides, for one ranking call, whether each candidate may reach the reader and how much it is worth to them, and
 * says why. Pure: the same configuration and request give the same answers.
 */
final class StoryScorer {

    /** Surfaces picked for one reader, where a General story reaches non-followers only by matching their interests. */
    private static final Set<Surface.Kind> MATCHED = EnumSet.of(Surface.Kind.FOR_YOU, Surface.Kind.DIGEST);

    /**
     * A candidate that may be shown, with its score, its reasons for the reader and its score breakdown.
     *
     * @param candidate the candidate
     * @param score     its score
     * @param reasons   why the reader sees it, most telling first
     * @param breakdown the named factors of the score
     */
    record Scored(Candidate candidate, double score, List<Reason> reasons, Map<String, Double> breakdown) {
    }

    /**
     * What the reader's follows and interests say about one story; shown-less topics count for nothing here.
     *
     * @param writer      the reader follows the writer
     * @param publication the reader follows the publication
     * @param followedTag the first of the story's tags the reader follows, or null
     * @param topic       the story's tag the reader has most affinity for, or null
     * @param affinity    that affinity, in [0, 1]
     */
    private record Match(boolean writer, boolean publication, String followedTag, String topic, double affinity) {
        boolean follower() {
            return writer || publication;
        }
    }

    private final MediumRankingConfig config;
    private final RankingRequest request;
    private final Viewer viewer;
    private final Surface.Kind kind;
    private final boolean knowsInterests;

    StoryScorer(MediumRankingConfig config, RankingRequest request) {
        this.config = config;
        this.request = request;
        this.viewer = request.viewer();
        this.kind = request.surface().kind();
        this.knowsInterests = !viewer.followedTags().isEmpty()
                || viewer.topicAffinity().values().stream().anyMatch(affinity -> affinity > 0);
    }

    /** The candidate scored and explained, or empty when the tier rules keep it from this reader on this surface. */
    Optional<Scored> score(Candidate candidate) {
        StorySummary story = candidate.story();
        Match match = match(story);
        if (!reaches(story.tier(), match)) {
            return Optional.empty();
        }
        Map<String, Double> breakdown = new HashMap<>();
        double quality = quality(candidate.engagement(), breakdown);
        double relevance = 1 + flag(match.writer()) * config.followedWriterWeight()
                + flag(match.publication()) * config.followedPublicationWeight()
                + flag(match.followedTag() != null) * config.followedTagWeight()
                + match.affinity() * config.topicAffinityWeight();
        double boost = story.tier() == DistributionTier.BOOST ? config.boostMultiplier() : 1;
        double merit = quality * relevance * boost;
        boolean smallWriter = smallWriter(candidate);
        double floor = smallWriter ? config.smallWriterFloor() : 0;
        double recency = recency(story);
        double showLess = (story.tags().stream().anyMatch(viewer.shownLessTopics()::contains)
                ? config.showLessTopicFactor() : 1)
                * (viewer.shownLessWriters().contains(story.author()) ? config.showLessWriterFactor() : 1);
        double score = Math.max(merit, floor) * recency * showLess;
        breakdown.put("quality", quality);
        breakdown.put("relevance", relevance);
        breakdown.put("boost", boost);
        breakdown.put("merit", merit);
        breakdown.put("floor", floor);
        breakdown.put("recency", recency);
        breakdown.put("showLess", showLess);
        return Optional.of(new Scored(candidate, score, reasons(candidate, match, quality, smallWriter), breakdown));
    }

    private Match match(StorySummary story) {
        String followedTag = null;
        String topic = null;
        double affinity = 0;
        for (String tag : story.tags()) {
            if (viewer.shownLessTopics().contains(tag)) {
                continue;
            }
            if (followedTag == null && viewer.followedTags().contains(tag)) {
                followedTag = tag;
            }
            double tagAffinity = Math.min(1, Math.max(0, viewer.topicAffinity().getOrDefault(tag, 0.0)));
            if (tagAffinity > affinity) {
                affinity = tagAffinity;
                topic = tag;
            }
        }
        return new Match(viewer.followedWriters().contains(story.author()),
                story.publication() != null && viewer.followedPublications().contains(story.publication()),
                followedTag, topic, affinity);
    }

    /**
     * The platform's tier rules, then matchmaking: on For You and digests a General story reaches a non-follower who
     * follows one of its tags or whose affinity for one reaches the threshold, a Boosted story one with any affinity;
     * a reader whose interests are still unknown is matched to every General story, as the logged-out home page is.
     */
    private boolean reaches(DistributionTier tier, Match match) {
        if (!kind.admits(tier, match.follower())) {
            return false;
        }
        if (!MATCHED.contains(kind) || match.follower() || match.followedTag() != null || !knowsInterests) {
            return true;
        }
        return tier == DistributionTier.BOOST ? match.affinity() > 0 : match.affinity() >= config.interestThreshold();
    }

    /**
     * Engagement quality: the weighted mean of each rate's lift over a typical story's. Each rate is smoothed with a
     * typical story's over as many views as it takes to expect {@code priorEvents} of its events, so a handful of
     * views (or one lucky response) says little while thousands say a lot. A typical story is 1.
     */
    private double quality(Engagement engagement, Map<String, Double> breakdown) {
        long views = engagement.views();
        double readViews = priorViews(config.typicalReadRatio());
        double readRatio = lift(views, Math.min(engagement.reads(), views), config.typicalReadRatio(), readViews);
        double memberReading = lift(views, engagement.memberReadingSeconds(),
                config.typicalMemberSecondsPerView(), readViews);
        double clappers = lift(views, engagement.clappers(), config.typicalClapperRate(),
                priorViews(config.typicalClapperRate()));
        double responses = lift(views, engagement.responses(), config.typicalResponseRate(),
                priorViews(config.typicalResponseRate()));
        double highlights = lift(views, engagement.highlights(), config.typicalHighlightRate(),
                priorViews(config.typicalHighlightRate()));
        breakdown.put("quality.readRatio", readRatio);
        breakdown.put("quality.memberReading", memberReading);
        breakdown.put("quality.clappers", clappers);
        breakdown.put("quality.responses", responses);
        breakdown.put("quality.highlights", highlights);
        double weights = config.readRatioWeight() + config.memberReadingWeight() + config.clapperWeight()
                + config.responseWeight() + config.highlightWeight();
        return (config.readRatioWeight() * readRatio + config.memberReadingWeight() * memberReading
                + config.clapperWeight() * clappers + config.responseWeight() * responses
                + config.highlightWeight() * highlights) / weights;
    }

    /** The views in which a typical story with {@code typicalRate} events per view collects {@code priorEvents}. */
    private double priorViews(double typicalRate) {
        return config.priorEvents() / typicalRate;
    }

    /** The smoothed rate over the typical rate; 1 for a story nobody viewed (or with smoothing off, no views). */
    private static double lift(long views, long count, double typicalRate, double priorViews) {
        return views + priorViews == 0 ? 1 : (count + priorViews * typicalRate) / (views + priorViews) / typicalRate;
    }

    /**
     * A writer few readers follow yet whose story holds the readers it gets (raw read ratio over enough views), while
     * the floor is on.
     */
    private boolean smallWriter(Candidate candidate) {
        Engagement engagement = candidate.engagement();
        return config.smallWriterFloor() > 0
                && candidate.writer().followers() <= config.smallWriterMaxFollowers()
                && engagement.views() >= config.smallWriterMinViews()
                && engagement.views() > 0
                && engagement.readRatio() >= config.smallWriterMinReadRatio();
    }

    /** Halves every {@code halfLifeHours}; a story dated after {@code now} counts as new. */
    private double recency(StorySummary story) {
        double ageSeconds = Math.max(0, Duration.between(story.publishedAt(), request.now()).toSeconds());
        return Math.pow(0.5, ageSeconds / (config.halfLifeHours() * 3600));
    }

    private List<Reason> reasons(Candidate candidate, Match match, double quality, boolean smallWriter) {
        StorySummary story = candidate.story();
        String subject = request.surface().subject();
        List<Reason> reasons = new ArrayList<>();
        if (kind == Surface.Kind.MORE_FROM_AUTHOR) {
            reasons.add(Reason.of("more-from", "More from " + candidate.writer().name()));
        } else if (kind == Surface.Kind.MORE_FROM_PUBLICATION) {
            reasons.add(Reason.of("more-from", "More from this publication"));
        } else if (kind == Surface.Kind.TAG_LATEST && subject != null) {
            reasons.add(Reason.of("latest", "Latest in #" + subject));
        }
        if (match.writer()) {
            reasons.add(Reason.of("follows-writer", "You follow " + candidate.writer().name()));
        }
        if (match.publication()) {
            reasons.add(Reason.of("follows-publication", "From a publication you follow"));
        }
        if (story.tier() == DistributionTier.BOOST) {
            reasons.add(Reason.of("boosted", "Boosted by the curators"));
        }
        if (candidate.sources().contains(Candidate.Source.STAFF_PICK)) {
            reasons.add(Reason.of("staff-pick", "A staff pick"));
        }
        if (smallWriter) {
            reasons.add(Reason.of("new-writer", "New writer"));
        }
        if (quality >= config.popularLift()) {
            String tag = popularTag(story, match);
            reasons.add(Reason.of("popular", tag == null ? "Popular with readers" : "Popular in #" + tag));
        }
        if (match.followedTag() != null) {
            reasons.add(Reason.of("follows-tag", "You follow #" + match.followedTag()));
        }
        if (match.topic() != null && !match.topic().equals(match.followedTag())
                && match.affinity() >= config.interestThreshold()) {
            reasons.add(Reason.of("topic", "Based on your reading in #" + match.topic()));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of("recommended", "Recommended for you"));
        }
        return reasons;
    }

    /** The tag page's own tag, else the reader's closest tag of the story, else its first one not shown less. */
    private String popularTag(StorySummary story, Match match) {
        if ((kind == Surface.Kind.TAG_TOP || kind == Surface.Kind.TAG_LATEST) && request.surface().subject() != null) {
            return request.surface().subject();
        }
        if (match.topic() != null) {
            return match.topic();
        }
        if (match.followedTag() != null) {
            return match.followedTag();
        }
        return story.tags().stream().filter(tag -> !viewer.shownLessTopics().contains(tag)).findFirst().orElse(null);
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
