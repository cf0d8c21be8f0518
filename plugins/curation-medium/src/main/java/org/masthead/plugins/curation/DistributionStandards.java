package org.masthead.plugins.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.api.content.Reason;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.StoryContent;

/** The automatic check at first publish: which of the configured Distribution Standards a story fails. */
final class DistributionStandards {
    /** Below this many keywords, one word's share says nothing about stuffing. */
    static final int KEYWORD_SAMPLE = 20;
    /** One or two links (a source, an embed) are never spam, however short the story. */
    static final int LINK_SAMPLE = 3;
    /** A title this short in letters is never judged to be shouting. */
    static final int CAPS_SAMPLE = 8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DistributionStandards() {
    }

    /** The rules {@code story} fails, in the order the configuration lists them; empty when it passes. */
    static List<Reason> failed(StoryContent story, ContentSignals signals, CurationConfig config) {
        String title = story.summary().title();
        List<Reason> failed = new ArrayList<>();
        check(failed, "missing-title", config.missingTitle(), letters(title) < config.missingTitle().threshold());
        check(failed, "minimum-length", config.minimumLength(),
                story.wordCount() < config.minimumLength().threshold());
        check(failed, "link-density", config.linkDensity(), linksPer100Words(story) > config.linkDensity().threshold());
        check(failed, "near-duplicate", config.nearDuplicate(), !signals.nearDuplicates().isEmpty()
                && signals.nearDuplicates().get(0).similarity() >= config.nearDuplicate().threshold());
        check(failed, "keyword-stuffing", config.keywordStuffing(),
                topKeywordShare(story.plainText()) > config.keywordStuffing().threshold());
        check(failed, "all-caps-title", config.allCapsTitle(), letters(title) >= CAPS_SAMPLE
                && (double) capitals(title) / letters(title) > config.allCapsTitle().threshold());
        check(failed, "clickbait-title", config.clickbaitTitle(),
                phrasesIn(title, config.clickbaitPhrases()) > config.clickbaitTitle().threshold());
        check(failed, "nsfw", config.nsfw(), story.nsfw());
        check(failed, "banned-terms", config.bannedTerms(), bannedTerms(story, config.bannedTermList())
                > config.bannedTerms().threshold());
        check(failed, "reader-reports", config.readerReports(),
                signals.readerReports() >= config.readerReports().threshold());
        check(failed, "ai-disclosure", config.aiDisclosure(), story.aiDisclosed());
        return failed;
    }

    private static void check(List<Reason> failed, String code, CurationConfig.Rule rule, boolean fails) {
        if (rule.enabled() && fails) {
            failed.add(Reason.of("standards." + code, rule.message()));
        }
    }

    static double linksPer100Words(StoryContent story) {
        if (story.linkCount() < LINK_SAMPLE) {
            return 0;
        }
        return story.wordCount() == 0 ? Double.POSITIVE_INFINITY : story.linkCount() * 100.0 / story.wordCount();
    }

    /** The share of the most frequent word among the words of four or more letters; 0 for too few to tell. */
    static double topKeywordShare(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int keywords = 0;
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 4) {
                counts.merge(word, 1, Integer::sum);
                keywords++;
            }
        }
        if (keywords < KEYWORD_SAMPLE) {
            return 0;
        }
        return (double) counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / keywords;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    private static long capitals(String text) {
        return text.codePoints().filter(Character::isUpperCase).count();
    }

    private static long phrasesIn(String title, String phrases) {
        String lower = title.toLowerCase(Locale.ROOT).replace('’', '\'');
        return terms(phrases).stream().filter(lower::contains).count();
    }

    private static long bannedTerms(StoryContent story, String list) {
        String text = story.summary().title() + "\n" + story.subtitle() + "\n" + story.plainText();
        return terms(list).stream()
                .mapToLong(term -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).results().count())
                .sum();
    }

    private static List<String> terms(String list) {
        return Arrays.stream(list.split(","))
                .map(term -> term.strip().toLowerCase(Locale.ROOT))
                .filter(term -> !term.isEmpty())
                .toList();
    }
}
