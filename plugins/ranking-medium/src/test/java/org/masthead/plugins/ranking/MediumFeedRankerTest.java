package org.masthead.plugins.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masthead.plugins.ranking.MediumRankingConfigTest.with;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.plugin.PluginContext;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;

class MediumFeedRankerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final double EPSILON = 1e-9;

    /** 3,000 views, half of them reads, 40 member seconds per view, lively: good and widely read. */
    private static final Engagement SOLID = new Engagement(3000, 1500, 120_000, 120, 300, 20, 60);
    /** 300 views, 70% reads, a minute of member reading per view: excellent but little read yet. */
    private static final Engagement GEM = new Engagement(300, 210, 18_000, 15, 40, 3, 9);
    /** 3 views, all of them perfect: noise. */
    private static final Engagement NOISE = new Engagement(3, 3, 180, 3, 30, 1, 3);
    /** 3,000 views that mostly bounced: volume without quality. */
    private static final Engagement VIRAL = new Engagement(3000, 600, 15_000, 15, 20, 3, 6);

    private final SettableContext context = new SettableContext(new MediumRankingConfig());
    private final MediumFeedRanker ranker = new MediumFeedRanker(context);

    @Test
    void engagementQualityOutranksVolumeAndAFewViewsAreNotEnough() {
        RankedFeed feed = rank(Surface.Kind.HOME, Viewer.anonymous(), 10,
                story("viral").engagement(VIRAL),
                story("noise").engagement(NOISE),
                story("solid").engagement(SOLID),
                story("gem").engagement(GEM));

        assertEquals(List.of("gem", "solid", "noise", "viral"), ids(feed));
        assertEquals(List.of("Popular in #design"), messages(feed, "gem"));
        assertEquals(List.of("Popular in #design"), messages(feed, "solid"));
        assertEquals(List.of("Recommended for you"), messages(feed, "noise"));
        assertEquals(List.of("Recommended for you"), messages(feed, "viral"));
        Map<String, Double> solid = item(feed, "solid").scoreBreakdown();
        // Reads are smoothed over the 50 views in which a typical story (40% read) collects 20 reads.
        assertEquals((1500 + 20.0) / (3000 + 50) / 0.4, solid.get("quality.readRatio"), EPSILON);
        assertEquals((120_000 + 50 * 20.0) / (3000 + 50) / 20, solid.get("quality.memberReading"), EPSILON);
        // Responses are rarer, so 20 of them are expected only over 5,000 views: one lucky response says little.
        assertEquals((20 + 20.0) / (3000 + 5000) / 0.004, solid.get("quality.responses"), EPSILON);
        assertEquals((1 + 20.0) / (3 + 5000) / 0.004, item(feed, "noise").scoreBreakdown().get("quality.responses"),
                EPSILON);
        double quality = 0.35 * solid.get("quality.readRatio") + 0.25 * solid.get("quality.memberReading")
                + 0.15 * solid.get("quality.clappers") + 0.15 * solid.get("quality.responses")
                + 0.10 * solid.get("quality.highlights");
        assertEquals(quality, solid.get("quality"), EPSILON);
        assertEquals(quality, item(feed, "solid").score(), EPSILON);
        assertEquals(Set.of("quality", "quality.readRatio", "quality.memberReading", "quality.clappers",
                "quality.responses", "quality.highlights", "relevance", "boost", "merit", "floor", "recency",
                "showLess"), solid.keySet());
    }

    @Test
    void recencyHalvesTheScoreEveryHalfLifeAndANewHalfLifeAppliesOnTheNextCall() {
        // Quality is the read ratio alone, unsmoothed: 40% is typical (1), 76% is 1.9 and 84% is 2.1.
        context.current = with(readRatioOnly(), "halfLifeHours", 48.0);
        Story[] stories = {
                story("fresh").engagement(reads(100, 40)).tags(),
                story("older-good").engagement(reads(100, 76)).tags().age(Duration.ofHours(48)),
                story("older-better").engagement(reads(100, 84)).tags().age(Duration.ofHours(48))};

        RankedFeed feed = rank(Surface.Kind.HOME, Viewer.anonymous(), 10, stories);
        assertEquals(List.of("older-better", "fresh", "older-good"), ids(feed));
        assertEquals(List.of(1.05, 1.0, 0.95), scores(feed));
        assertEquals(0.5, item(feed, "older-good").scoreBreakdown().get("recency"), EPSILON);
        assertEquals(List.of("Popular with readers"), messages(feed, "older-better"));

        context.current = with(readRatioOnly(), "halfLifeHours", 480.0);
        feed = rank(Surface.Kind.HOME, Viewer.anonymous(), 10, stories);
        assertEquals(List.of("older-better", "older-good", "fresh"), ids(feed));
        assertEquals(Math.pow(0.5, 0.1), item(feed, "older-good").scoreBreakdown().get("recency"), EPSILON);
    }

    @Test
    void boostLiftsCuratedStoriesAndMatchesThemToReadersOfTheirTopic() {
        Viewer reader = reader().affinity("design", 0.5).affinity("poetry", 0.1).build();
        Story[] stories = {
                story("general").tags("design").engagement(GEM),
                story("boosted").tags("design").tier(DistributionTier.BOOST),
                story("boost-weak").tags("poetry").tier(DistributionTier.BOOST),
                story("boost-elsewhere").tags("cooking").tier(DistributionTier.BOOST),
                story("general-weak").tags("poetry")};

        RankedFeed feed = rank(Surface.Kind.FOR_YOU, reader, 10, stories);
        // Boost doubles; a Boosted story also reaches readers with any affinity for its topic (poetry at 0.1), a
        // General one only from the interest threshold (0.2); nobody is matched to cooking.
        assertEquals(List.of("boosted", "general", "boost-weak"), ids(feed));
        assertEquals(3.0, item(feed, "boosted").score(), EPSILON);
        assertEquals(2.2, item(feed, "boost-weak").score(), EPSILON);
        assertEquals(2.0, item(feed, "boosted").scoreBreakdown().get("boost"));
        assertEquals(1.5, item(feed, "boosted").scoreBreakdown().get("relevance"), EPSILON);
        assertEquals(List.of("Boosted by the curators", "Based on your reading in #design"),
                messages(feed, "boosted"));
        assertEquals(List.of("Popular in #design", "Based on your reading in #design"), messages(feed, "general"));
        assertEquals(List.of("Boosted by the curators"), messages(feed, "boost-weak"));

        context.current = with(new MediumRankingConfig(), "boostMultiplier", 1.0);
        assertEquals(List.of("general", "boosted", "boost-weak"),
                ids(rank(Surface.Kind.FOR_YOU, reader, 10, stories)));
    }

    @Test
    void smallWritersWhoseReadersStayGetAnExposureFloor() {
        Story[] stories = {
                story("typical"),
                story("low-ratio").by("lou", 12).engagement(reads(20, 6)),
                story("too-few-views").by("tim", 12).engagement(reads(5, 5)),
                story("newcomer").by("nia", 12).engagement(reads(20, 14)),
                story("gem").engagement(GEM).tags()};

        RankedFeed feed = rank(Surface.Kind.HOME, Viewer.anonymous(), 10, stories);
        assertEquals(List.of("gem", "newcomer", "too-few-views", "typical", "low-ratio"), ids(feed));
        assertEquals(1.5, item(feed, "newcomer").score(), EPSILON);
        assertEquals(1.5, item(feed, "newcomer").scoreBreakdown().get("floor"));
        assertEquals(0.0, item(feed, "too-few-views").scoreBreakdown().get("floor"));
        assertEquals(List.of("New writer"), messages(feed, "newcomer"));
        assertEquals(List.of("Popular with readers"), messages(feed, "gem"));
        assertEquals(List.of("Recommended for you"), messages(feed, "too-few-views"));

        context.current = with(new MediumRankingConfig(), "smallWriterFloor", 0.0);
        feed = rank(Surface.Kind.HOME, Viewer.anonymous(), 10, stories);
        assertEquals(List.of("gem", "too-few-views", "typical", "newcomer", "low-ratio"), ids(feed));
        assertEquals(List.of("Recommended for you"), messages(feed, "newcomer"));
    }

    @Test
    void aWriterTakesAtMostTheConfiguredPlacesOfAPageExceptOnTheirOwnMoreFrom() {
        Story[] stories = {
                story("a1").by("ana", 5000),
                story("a2").by("ana", 5000).age(Duration.ofHours(1)),
                story("a3").by("ana", 5000).age(Duration.ofHours(2)),
                story("b1").by("bob", 5000).age(Duration.ofHours(3)),
                story("c1").by("cat", 5000).age(Duration.ofHours(4)),
                story("a4").by("ana", 5000).age(Duration.ofHours(5))};

        assertEquals(List.of("a1", "a2", "b1", "c1"), ids(rank(Surface.Kind.HOME, Viewer.anonymous(), 4, stories)));
        context.current = with(new MediumRankingConfig(), "maxPerAuthor", 1);
        assertEquals(List.of("a1", "b1", "c1"), ids(rank(Surface.Kind.HOME, Viewer.anonymous(), 4, stories)));

        RankedFeed moreFrom = ranker.rank(new RankingRequest(new Surface(Surface.Kind.MORE_FROM_AUTHOR, "ana"),
                Viewer.anonymous(), candidates(stories[0], stories[1], stories[2], stories[5]), 4, NOW, 42));
        assertEquals(List.of("a1", "a2", "a3", "a4"), ids(moreFrom));
        assertEquals(List.of("More from Ana"), messages(moreFrom, "a3"));
    }

    @Test
    void tiersDecideWhoSeesAStoryOnWhichSurface() {
        Viewer reader = reader().follows("ana").follows("bea").followsPublication("pub1").affinity("design", 0.8)
                .build();
        Story[] stories = {
                story("open-followed").by("ana", 5000).tags().tier(DistributionTier.OPEN_PLATFORM),
                story("open-other").by("zed", 5000).tier(DistributionTier.OPEN_PLATFORM),
                story("net-followed").by("bea", 5000).tags().tier(DistributionTier.NETWORK).age(Duration.ofHours(1)),
                story("net-pub").by("yan", 5000).in("pub1").tags().tier(DistributionTier.NETWORK),
                story("net-other").by("xia", 5000).tier(DistributionTier.NETWORK),
                story("gen-matched").by("wes", 5000).tags("design"),
                story("gen-unmatched").by("vic", 5000).tags("cooking").age(Duration.ofHours(3)),
                story("boost-unmatched").by("uma", 5000).tags("cooking").tier(DistributionTier.BOOST)
                        .age(Duration.ofHours(2))};

        assertEquals(List.of("open-followed", "net-followed", "boost-unmatched", "gen-matched", "net-pub",
                "gen-unmatched"), ids(rank(Surface.Kind.FOLLOWING, reader, 10, stories)));
        for (Surface.Kind matched : List.of(Surface.Kind.FOR_YOU, Surface.Kind.DIGEST)) {
            assertEquals(List.of("net-followed", "gen-matched", "net-pub"), ids(rank(matched, reader, 10, stories)),
                    matched.name());
        }
        for (Surface.Kind open : List.of(Surface.Kind.HOME, Surface.Kind.TAG_TOP, Surface.Kind.RECOMMENDATIONS,
                Surface.Kind.MORE_FROM_PUBLICATION)) {
            assertEquals(List.of("net-followed", "boost-unmatched", "gen-matched", "net-pub", "gen-unmatched"),
                    ids(rank(open, reader, 10, stories)), open.name());
        }
        assertEquals(List.of("boost-unmatched", "gen-matched", "gen-unmatched"),
                ids(rank(Surface.Kind.HOME, Viewer.anonymous(), 10, stories)));
        // A reader whose interests are not known yet is matched to every General story.
        assertEquals(List.of("boost-unmatched", "gen-matched", "gen-unmatched"),
                ids(rank(Surface.Kind.FOR_YOU, reader().build(), 10, stories)));

        RankedFeed following = rank(Surface.Kind.FOLLOWING, reader, 10, stories);
        assertEquals(List.of("You follow Ana"), messages(following, "open-followed"));
        assertEquals(List.of("From a publication you follow"), messages(following, "net-pub"));
        assertEquals(List.of("Based on your reading in #design"), messages(following, "gen-matched"));
    }

    @Test
    void showLessLowersTheTopicAndTheWriterForThisReader() {
        Story[] stories = {
                story("plain").by("vic", 5000).tags("design").age(Duration.ofHours(48)),
                story("zed").by("zed", 5000).tags("design"),
                story("crypto").by("wes", 5000).tags("crypto", "design")};
        ReaderBuilder reader = reader().affinity("design", 0.5).affinity("crypto", 0.9);

        assertEquals(List.of("crypto", "zed", "plain"), ids(rank(Surface.Kind.FOR_YOU, reader.build(), 10, stories)));

        RankedFeed feed = rank(Surface.Kind.FOR_YOU, reader.showLessTopic("crypto").showLessWriter("zed").build(), 10,
                stories);
        assertEquals(List.of("plain", "crypto", "zed"), ids(feed));
        assertEquals(List.of(0.75, 0.375, 0.15), scores(feed));
        assertEquals(0.25, item(feed, "crypto").scoreBreakdown().get("showLess"));
        assertEquals(0.1, item(feed, "zed").scoreBreakdown().get("showLess"));
        // The shown-less topic no longer counts as an interest: crypto is matched by design alone.
        assertEquals(List.of("Based on your reading in #design"), messages(feed, "crypto"));
    }

    @Test
    void aFollowersDigestIsEarnedNotGuaranteed() {
        Viewer reader = reader().follows("ana").build();
        RankedFeed digest = rank(Surface.Kind.DIGEST, reader, 10,
                story("this-week").by("ana", 5000),
                story("last-week").by("ana", 5000).age(Duration.ofDays(7)));

        // Two days' half-life over seven days leaves 2 × 0.5^3.5 ≈ 0.18, under the digest's 0.2.
        assertEquals(List.of("this-week"), ids(digest));
        assertEquals(List.of("this-week", "last-week"), ids(rank(Surface.Kind.FOLLOWING, reader, 10,
                story("this-week").by("ana", 5000), story("last-week").by("ana", 5000).age(Duration.ofDays(7)))));
    }

    @Test
    void explainsFollowsStaffPicksAndTagPages() {
        Viewer reader = reader().follows("ana").followsPublication("pub1").followsTag("design").build();
        RankedFeed following = rank(Surface.Kind.FOLLOWING, reader, 10,
                story("picked").by("ana", 5000).in("pub1").tags("design").sources(Candidate.Source.STAFF_PICK));
        assertEquals(List.of(Reason.of("follows-writer", "You follow Ana"),
                Reason.of("follows-publication", "From a publication you follow"),
                Reason.of("staff-pick", "A staff pick"),
                Reason.of("follows-tag", "You follow #design")), following.items().get(0).reasons());
        assertEquals(3.0, following.items().get(0).scoreBreakdown().get("relevance"), EPSILON);

        // The latest page of a tag is newest first whatever the engagement, and popularity names the page's tag.
        RankedFeed latest = ranker.rank(new RankingRequest(new Surface(Surface.Kind.TAG_LATEST, "ux"),
                Viewer.anonymous(), candidates(story("older-gem").tags("design", "ux").engagement(GEM)
                                .age(Duration.ofHours(2)), story("newer").tags("ux").engagement(VIRAL)),
                10, NOW, 42));
        assertEquals(List.of("newer", "older-gem"), ids(latest));
        assertEquals(List.of("Latest in #ux", "Popular in #ux"), messages(latest, "older-gem"));
        assertEquals(List.of("Latest in #ux"), messages(latest, "newer"));

        RankedFeed fromPublication = ranker.rank(new RankingRequest(
                new Surface(Surface.Kind.MORE_FROM_PUBLICATION, "pub1"), Viewer.anonymous(),
                candidates(story("issue").in("pub1")), 10, NOW, 42));
        assertEquals(List.of("More from this publication"), messages(fromPublication, "issue"));
    }

    @Test
    void theSameRequestGivesTheSameFeedAndTheSeedOnlyOrdersExactTies() {
        Story[] stories = {story("t1"), story("t2"), story("t3"), story("t4"), story("best").engagement(GEM)};
        Viewer reader = reader().affinity("design", 0.5).build();

        RankedFeed first = rank(Surface.Kind.FOR_YOU, reader, 10, stories);
        assertEquals(first, rank(Surface.Kind.FOR_YOU, reader, 10, stories));
        List<Candidate> shuffled = new ArrayList<>(candidates(stories));
        Collections.reverse(shuffled);
        assertEquals(first, ranker.rank(new RankingRequest(Surface.of(Surface.Kind.FOR_YOU), reader, shuffled, 10,
                NOW, 42)));

        Map<Long, List<String>> bySeed = new HashMap<>();
        for (long seed = 1; seed <= 3; seed++) {
            List<String> order = ids(ranker.rank(new RankingRequest(Surface.of(Surface.Kind.FOR_YOU), reader,
                    candidates(stories), 10, NOW, seed)));
            assertEquals("best", order.get(0));
            assertEquals(Set.of("t1", "t2", "t3", "t4"), new HashSet<>(order.subList(1, 5)));
            bySeed.put(seed, order);
        }
        assertEquals(List.of("best", "t3", "t2", "t4", "t1"), bySeed.get(1L));
        assertEquals(List.of("best", "t1", "t2", "t3", "t4"), bySeed.get(2L));
        assertEquals(List.of("best", "t2", "t4", "t1", "t3"), bySeed.get(3L));
    }

    @Test
    void aZeroLimitOrNoCandidatesGiveAnEmptyFeed() {
        assertTrue(rank(Surface.Kind.HOME, Viewer.anonymous(), 0, story("aa")).items().isEmpty());
        assertTrue(rank(Surface.Kind.HOME, Viewer.anonymous(), 10).items().isEmpty());
    }

    // ---- fixtures

    private RankedFeed rank(Surface.Kind kind, Viewer viewer, int limit, Story... stories) {
        return ranker.rank(new RankingRequest(Surface.of(kind), viewer, candidates(stories), limit, NOW, 42));
    }

    private static List<Candidate> candidates(Story... stories) {
        return Arrays.stream(stories).map(Story::candidate).toList();
    }

    private static Engagement reads(long views, long reads) {
        return new Engagement(views, reads, 0, 0, 0, 0, 0);
    }

    /** The defaults with only the read ratio counting, and no smoothing. */
    private static MediumRankingConfig readRatioOnly() {
        MediumRankingConfig config = new MediumRankingConfig();
        for (String weight : List.of("memberReadingWeight", "clapperWeight", "responseWeight", "highlightWeight")) {
            config = with(config, weight, 0.0);
        }
        return with(config, "priorEvents", 0.0);
    }

    private static List<String> ids(RankedFeed feed) {
        return feed.items().stream().map(item -> item.story().value()).toList();
    }

    /** Scores rounded to 9 decimals, so exact expectations read as written. */
    private static List<Double> scores(RankedFeed feed) {
        return feed.items().stream().map(item -> Math.round(item.score() * 1e9) / 1e9).toList();
    }

    private static RankedItem item(RankedFeed feed, String id) {
        return feed.items().stream().filter(item -> item.story().value().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> messages(RankedFeed feed, String id) {
        return item(feed, id).reasons().stream().map(Reason::message).toList();
    }

    private static Story story(String id) {
        return new Story(id);
    }

    private static ReaderBuilder reader() {
        return new ReaderBuilder();
    }

    /** A candidate under construction: by default a fresh General story tagged design, by an established writer. */
    private static final class Story {
        private final String id;
        private String author;
        private long followers = 5000;
        private String publication;
        private List<String> tags = List.of("design");
        private Duration age = Duration.ZERO;
        private DistributionTier tier = DistributionTier.GENERAL;
        private Engagement engagement = Engagement.NONE;
        private Set<Candidate.Source> sources = Set.of(Candidate.Source.LATEST);

        Story(String id) {
            this.id = id;
            this.author = "w-" + id;
        }

        Story by(String author, long followers) {
            this.author = author;
            this.followers = followers;
            return this;
        }

        Story in(String publication) {
            this.publication = publication;
            return this;
        }

        Story tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        Story age(Duration age) {
            this.age = age;
            return this;
        }

        Story tier(DistributionTier tier) {
            this.tier = tier;
            return this;
        }

        Story engagement(Engagement engagement) {
            this.engagement = engagement;
            return this;
        }

        Story sources(Candidate.Source... sources) {
            this.sources = Set.of(sources);
            return this;
        }

        Candidate candidate() {
            StorySummary summary = new StorySummary(new StoryId(id), new UserId(author),
                    publication == null ? null : new PublicationId(publication), "Story " + id, tags, NOW.minus(age),
                    false, tier);
            String name = Character.toUpperCase(author.charAt(0)) + author.substring(1);
            return new Candidate(summary, engagement, sources, new Candidate.Writer(name, followers));
        }
    }

    /** A signed-in reader under construction. */
    private static final class ReaderBuilder {
        private final Set<UserId> writers = new HashSet<>();
        private final Set<PublicationId> publications = new HashSet<>();
        private final Set<String> tags = new HashSet<>();
        private final Map<String, Double> affinity = new HashMap<>();
        private final Set<String> lessTopics = new HashSet<>();
        private final Set<UserId> lessWriters = new HashSet<>();

        ReaderBuilder follows(String writer) {
            writers.add(new UserId(writer));
            return this;
        }

        ReaderBuilder followsPublication(String publication) {
            publications.add(new PublicationId(publication));
            return this;
        }

        ReaderBuilder followsTag(String tag) {
            tags.add(tag);
            return this;
        }

        ReaderBuilder affinity(String tag, double value) {
            affinity.put(tag, value);
            return this;
        }

        ReaderBuilder showLessTopic(String tag) {
            lessTopics.add(tag);
            return this;
        }

        ReaderBuilder showLessWriter(String writer) {
            lessWriters.add(new UserId(writer));
            return this;
        }

        Viewer build() {
            return new Viewer(new UserId("reader"), true, writers, publications, tags, affinity, lessTopics,
                    lessWriters);
        }
    }

    /** A context whose configuration a test can change between calls, as an admin would. */
    private static final class SettableContext implements PluginContext {
        private MediumRankingConfig current;

        SettableContext(MediumRankingConfig current) {
            this.current = current;
        }

        @Override
        public String pluginId() {
            return "ranking-medium";
        }

        @Override
        public <C extends Record> C config(Class<C> type) {
            return type.cast(current);
        }
    }
}
