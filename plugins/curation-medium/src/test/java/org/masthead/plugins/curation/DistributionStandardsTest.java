package org.masthead.plugins.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.StoryContent;
import org.masthead.plugins.curation.CurationConfig.Rule;

/** Every rule at its exact threshold: the value that passes and the next one that fails. */
class DistributionStandardsTest {
    private static final CurationConfig DEFAULTS = new CurationConfig();
    /** 150 distinct words: passes every default rule. */
    private static final String VARIED = IntStream.range(0, 150).mapToObj(i -> "word" + (char) ('a' + i % 26)
            + (char) ('a' + i / 26)).collect(Collectors.joining(" "));

    @Test
    void anOrdinaryStoryPassesEveryRule() {
        assertEquals(List.of(), failedCodes(story("A calm title", VARIED, 150, 0)));
    }

    @Test
    void aTitleNeedsOneLetter() {
        assertEquals(List.of("standards.missing-title"), failedCodes(story("", VARIED, 150, 0)));
        assertEquals(List.of("standards.missing-title"), failedCodes(story("2024 !!", VARIED, 150, 0)));
        assertEquals(List.of(), failedCodes(story("A", VARIED, 150, 0)));
    }

    @Test
    void aBodyNeedsOneHundredWordsOnceTheRuleIsOn() {
        CurationConfig minimum = new CurationConfig(30, DEFAULTS.missingTitle(),
                new Rule(true, 100, "too short"), DEFAULTS.linkDensity(), DEFAULTS.nearDuplicate(),
                DEFAULTS.keywordStuffing(), DEFAULTS.allCapsTitle(), DEFAULTS.clickbaitTitle(),
                DEFAULTS.clickbaitPhrases(), DEFAULTS.nsfw(), DEFAULTS.bannedTerms(), "", DEFAULTS.readerReports(),
                DEFAULTS.aiDisclosure());

        assertEquals(List.of(), failedCodes(story("Title", "short", 1, 0)), "off by default");
        assertEquals(List.of(), codes(DistributionStandards.failed(story("Title", VARIED, 100, 0),
                ContentSignals.none(), minimum)));
        assertEquals(List.of("standards.minimum-length"), codes(DistributionStandards.failed(
                story("Title", VARIED, 99, 0), ContentSignals.none(), minimum)));
    }

    @Test
    void fiveLinksPerHundredWordsIsTheMost() {
        assertEquals(5.0, DistributionStandards.linksPer100Words(story("Title", VARIED, 200, 10)));
        assertEquals(List.of(), failedCodes(story("Title", VARIED, 200, 10)));
        assertEquals(List.of("standards.link-density"), failedCodes(story("Title", VARIED, 200, 11)));
        assertEquals(Double.POSITIVE_INFINITY, DistributionStandards.linksPer100Words(story("T", "", 0, 3)));
        assertEquals(0, DistributionStandards.linksPer100Words(story("T", "", 5, 2)), "two links are never spam");
    }

    @Test
    void aStoryEightyPercentLikeAnotherIsADuplicate() {
        StoryContent story = story("Title", VARIED, 150, 0);
        ContentSignals similar = new ContentSignals(0, List.of(new ContentSignals.Similar(new StoryId("x"), 0.8)));
        ContentSignals lessSimilar = new ContentSignals(0, List.of(new ContentSignals.Similar(new StoryId("x"),
                0.79)));

        assertEquals(List.of("standards.near-duplicate"), codes(DistributionStandards.failed(story, similar, DEFAULTS)));
        assertEquals(List.of(), codes(DistributionStandards.failed(story, lessSimilar, DEFAULTS)));
    }

    @Test
    void oneKeywordMayTakeATenthOfTheKeywords() {
        String tenPercent = "seo " + repeat("keyword", 3) + " " + distinct(27);
        String overTenPercent = repeat("keyword", 4) + " " + distinct(26);

        assertEquals(0.1, DistributionStandards.topKeywordShare(tenPercent));
        assertEquals(4.0 / 30, DistributionStandards.topKeywordShare(overTenPercent));
        assertEquals(List.of(), failedCodes(story("Title", tenPercent, 150, 0)));
        assertEquals(List.of("standards.keyword-stuffing"), failedCodes(story("Title", overTenPercent, 150, 0)));
        assertEquals(0, DistributionStandards.topKeywordShare(repeat("keyword", 19)), "too few words to tell");
    }

    @Test
    void aTitleSeventyPercentCapitalsIsFineAndMoreIsShouting() {
        assertEquals(List.of(), failedCodes(story("ABCDEFGhij", VARIED, 150, 0)));
        assertEquals(List.of("standards.all-caps-title"), failedCodes(story("ABCDEFGHij", VARIED, 150, 0)));
        assertEquals(List.of(), failedCodes(story("NASA ESA", VARIED, 150, 0)), "7 letters: too short to judge");
        assertEquals(List.of("standards.all-caps-title"), failedCodes(story("NASA ESAS", VARIED, 150, 0)));
    }

    @Test
    void anyClickbaitPhraseInTheTitleFailsByDefault() {
        assertEquals(List.of("standards.clickbait-title"),
                failedCodes(story("You Won’t Believe What This Cat Did", VARIED, 150, 0)));
        assertEquals(List.of(), failedCodes(story("What the cat did", VARIED, 150, 0)));
    }

    @Test
    void theNsfwFlagAndDisclosedAiWritingKeepAStoryToTheNetworkWhenEnabled() {
        StorySummary summary = summary("Title");
        StoryContent nsfw = new StoryContent(summary, "", VARIED, 150, 0, true, false);
        StoryContent ai = new StoryContent(summary, "", VARIED, 150, 0, false, true);
        CurationConfig aiRule = with(DEFAULTS, new Rule(true, 0, "AI writing stays in your network"));

        assertEquals(List.of("standards.nsfw"), failedCodes(nsfw));
        assertEquals(List.of(), failedCodes(ai), "the AI rule is off by default");
        assertEquals(List.of(Reason.of("standards.ai-disclosure", "AI writing stays in your network")),
                DistributionStandards.failed(ai, ContentSignals.none(), aiRule));
    }

    @Test
    void bannedTermsMatchWholeWordsAnywhereInTheStory() {
        CurationConfig banned = new CurationConfig(30, DEFAULTS.missingTitle(), DEFAULTS.minimumLength(),
                DEFAULTS.linkDensity(), DEFAULTS.nearDuplicate(), DEFAULTS.keywordStuffing(), DEFAULTS.allCapsTitle(),
                DEFAULTS.clickbaitTitle(), DEFAULTS.clickbaitPhrases(), DEFAULTS.nsfw(), DEFAULTS.bannedTerms(),
                "casino, get rich", DEFAULTS.readerReports(), DEFAULTS.aiDisclosure());

        assertEquals(List.of("standards.banned-terms"), codes(DistributionStandards.failed(
                story("Title", VARIED + " how to GET RICH", 150, 0), ContentSignals.none(), banned)));
        assertEquals(List.of(), codes(DistributionStandards.failed(
                story("Title", VARIED + " casinos and richness", 150, 0), ContentSignals.none(), banned)));
    }

    @Test
    void threeOpenReportsFailAStory() {
        StoryContent story = story("Title", VARIED, 150, 0);

        assertEquals(List.of(), codes(DistributionStandards.failed(story, new ContentSignals(2, List.of()),
                DEFAULTS)));
        assertEquals(List.of("standards.reader-reports"), codes(DistributionStandards.failed(story,
                new ContentSignals(3, List.of()), DEFAULTS)));
    }

    @Test
    void rulesRefuseNegativeThresholdsAndMissingMessages() {
        assertThrows(IllegalArgumentException.class, () -> new Rule(true, -1, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Rule(true, 1, " "));
        assertThrows(IllegalArgumentException.class, () -> new CurationConfig(30, DEFAULTS.missingTitle(),
                DEFAULTS.minimumLength(), DEFAULTS.linkDensity(), new Rule(true, 1.5, "m"),
                DEFAULTS.keywordStuffing(), DEFAULTS.allCapsTitle(), DEFAULTS.clickbaitTitle(), "", DEFAULTS.nsfw(),
                DEFAULTS.bannedTerms(), "", DEFAULTS.readerReports(), DEFAULTS.aiDisclosure()));
    }

    private static CurationConfig with(CurationConfig config, Rule aiDisclosure) {
        return new CurationConfig(config.boostDays(), config.missingTitle(), config.minimumLength(),
                config.linkDensity(), config.nearDuplicate(), config.keywordStuffing(), config.allCapsTitle(),
                config.clickbaitTitle(), config.clickbaitPhrases(), config.nsfw(), config.bannedTerms(),
                config.bannedTermList(), config.readerReports(), aiDisclosure);
    }

    private static String repeat(String word, int times) {
        return (word + " ").repeat(times).strip();
    }

    private static String distinct(int count) {
        return IntStream.range(0, count).mapToObj(i -> "other" + (char) ('a' + i)).collect(Collectors.joining(" "));
    }

    private static StorySummary summary(String title) {
        return new StorySummary(new StoryId("ab12"), new UserId("writer1"), null, title, List.of(), Instant.EPOCH,
                false, DistributionTier.GENERAL);
    }

    private static StoryContent story(String title, String text, int words, int links) {
        return new StoryContent(summary(title), "", text, words, links, false, false);
    }

    private static List<String> failedCodes(StoryContent story) {
        return codes(DistributionStandards.failed(story, ContentSignals.none(), DEFAULTS));
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}
