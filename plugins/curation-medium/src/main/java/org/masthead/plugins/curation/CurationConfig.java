package org.masthead.plugins.curation;

import org.masthead.api.plugin.Setting;

/**
 * Settings of the default curation policy: how long a Boost lasts and the Distribution Standards, each rule with
 * its own switch, threshold and the message a writer sees when their story fails it.
 *
 * @param boostDays        how many days a curator's Boost lasts
 * @param missingTitle     threshold: fewest letters a title needs
 * @param minimumLength    threshold: fewest words in the body
 * @param linkDensity      threshold: most links per 100 words, in a story with three links or more
 * @param nearDuplicate    threshold: highest similarity (estimated Jaccard, 0–1) to another story on the site
 * @param keywordStuffing  threshold: largest share of the body's words one keyword may take (words of 4+ letters)
 * @param allCapsTitle     threshold: largest share of capital letters in a title of 8 letters or more
 * @param clickbaitTitle   threshold: how many of the clickbait phrases a title may contain before it fails
 * @param clickbaitPhrases the clickbait phrases, comma-separated, matched case-insensitively
 * @param nsfw             fails stories their writer flagged as not safe for work (threshold unused)
 * @param bannedTerms      threshold: how many banned terms a story may contain before it fails
 * @param bannedTermList   the banned terms, comma-separated, matched as whole words case-insensitively
 * @param readerReports    threshold: open reader reports at which a story fails
 * @param aiDisclosure     keeps stories disclosed as AI-generated to the writer's network (threshold unused)
 */
public record CurationConfig(
        @Setting(value = "Days a Boost lasts", min = 1, max = 365) int boostDays,
        Rule missingTitle,
        Rule minimumLength,
        Rule linkDensity,
        Rule nearDuplicate,
        Rule keywordStuffing,
        Rule allCapsTitle,
        Rule clickbaitTitle,
        @Setting("Clickbait phrases, comma-separated") String clickbaitPhrases,
        Rule nsfw,
        Rule bannedTerms,
        @Setting("Banned terms, comma-separated") String bannedTermList,
        Rule readerReports,
        Rule aiDisclosure) {

    public CurationConfig {
        if (boostDays < 1 || boostDays > 365) {
            throw new IllegalArgumentException("a Boost lasts between 1 and 365 days: " + boostDays);
        }
        clickbaitPhrases = clickbaitPhrases == null ? "" : clickbaitPhrases;
        bannedTermList = bannedTermList == null ? "" : bannedTermList;
        for (Rule rule : new Rule[] {missingTitle, minimumLength, linkDensity, nearDuplicate, keywordStuffing,
                allCapsTitle, clickbaitTitle, nsfw, bannedTerms, readerReports, aiDisclosure}) {
            java.util.Objects.requireNonNull(rule, "every rule needs its settings");
        }
        if (nearDuplicate.threshold() > 1 || keywordStuffing.threshold() > 1 || allCapsTitle.threshold() > 1) {
            throw new IllegalArgumentException("similarity and share thresholds are between 0 and 1");
        }
    }

    /**
     * The defaults: Medium's standards as this project reads them. Medium sets no minimum length and no AI rule
     * of this kind, so those two are off until an admin turns them on.
     */
    public CurationConfig() {
        this(30,
                new Rule(true, 1, "The story has no title"),
                new Rule(false, 100, "The story is too short for general distribution"),
                new Rule(true, 5, "The story has too many links for its length, a sign of spam"),
                new Rule(true, 0.8, "The story repeats another story on this site"),
                new Rule(true, 0.1, "The story repeats one keyword too often, a sign of keyword stuffing"),
                new Rule(true, 0.7, "The title is written in capital letters"),
                new Rule(true, 0, "The title reads as clickbait"),
                "you won't believe, will blow your mind, this one trick, doctors hate, what happened next, shocking",
                new Rule(true, 0, "The writer marked the story as not safe for work"),
                new Rule(true, 0, "The story contains a banned term"),
                "",
                new Rule(true, 3, "Readers reported the story for breaking the rules"),
                new Rule(false, 0, "Stories with AI-generated writing are distributed to the writer's network only"));
    }

    /** The same settings with {@code boostDays} changed. */
    public CurationConfig withBoostDays(int days) {
        return new CurationConfig(days, missingTitle, minimumLength, linkDensity, nearDuplicate, keywordStuffing,
                allCapsTitle, clickbaitTitle, clickbaitPhrases, nsfw, bannedTerms, bannedTermList, readerReports,
                aiDisclosure);
    }

    /**
     * One Distribution Standards rule.
     *
     * @param enabled   whether the rule is checked
     * @param threshold the rule's limit; what it measures is the rule's own
     * @param message   what the writer is told when their story fails the rule
     */
    public record Rule(@Setting("Check this rule") boolean enabled,
                       @Setting(value = "The rule's limit", min = 0) double threshold,
                       @Setting("What the writer sees when the story fails") String message) {
        public Rule {
            if (threshold < 0 || Double.isNaN(threshold)) {
                throw new IllegalArgumentException("a rule's threshold cannot be negative: " + threshold);
            }
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a rule needs a message for the writer");
            }
        }
    }
}
