package org.masthead.engine.privacy;

import static org.masthead.api.privacy.DataCategory.ACTIVITY;
import static org.masthead.api.privacy.DataCategory.CONTENT;
import static org.masthead.api.privacy.DataCategory.DEVICE_USAGE;
import static org.masthead.api.privacy.DataCategory.IDENTIFIERS;
import static org.masthead.api.privacy.DataCategory.INFERENCES;
import static org.masthead.api.privacy.DataCategory.TRANSACTIONAL;

import java.util.List;
import java.util.Map;
import org.masthead.api.privacy.DataCategory;
import org.masthead.api.privacy.DataMap;
import org.masthead.api.privacy.DataMap.DataSet;

/**
 * The data map: every table and file store of the engine, declared either as holding data about a person (with its
 * category and what it holds, in words the privacy page shows) or as holding none (with why). {@code DataMapTest}
 * fails when a table of the schema is in neither list, so a new table cannot go undeclared.
 */
public final class PersonalData {

    /** The data sets about people, in the order the privacy page lists them. */
    public static final DataMap MAP = new DataMap(List.of(
            set("app_user", IDENTIFIERS, "Your account: display name, username, email address, bio, avatar, a hash"
                    + " of your password, staff role, and until when you are a member"),
            set("email_change", IDENTIFIERS, "An email address you asked to change to, until you confirm it"),
            set("integration_token", IDENTIFIERS, "The integration tokens you made (only a hash of each), their"
                    + " names and scopes"),
            set("mail_preference", IDENTIFIERS, "Which mail you chose to get (digests, newsletters, notifications)"),
            set("mail_outbox", IDENTIFIERS, "Mail to you: the address, what it is about, and whether it was sent"),
            set("user_session", DEVICE_USAGE, "Your sign-in sessions (a hash of the cookie) and when they expire"),
            set("login_failure", DEVICE_USAGE, "Failed sign-ins for an email address (a hash of it), kept 15 minutes"
                    + " to stop password guessing"),
            set("reading_view", DEVICE_USAGE, "Each story page you opened and how long you read it; for readers who"
                    + " are not signed in, a hash of a first-party cookie; kept two days"),
            set("story", CONTENT, "Your stories and responses: drafts, published text, settings"),
            set("story_revision", CONTENT, "Earlier versions of your stories"),
            set("story_tag", CONTENT, "The tags of your stories"),
            set("story_embed", CONTENT, "The links your stories embed"),
            set("image", CONTENT, "Images you uploaded: your avatar and the images of your stories"),
            set("blob", CONTENT, "The bytes of uploaded images"),
            set("search-index", CONTENT, "The search index (a file store): published stories and writers' names"
                    + " and bios"),
            set("publication", CONTENT, "Publications you own: name, description, branding"),
            set("publication_submission", CONTENT, "Stories you submitted to a publication, and the editor's answer"),
            set("reading_list", CONTENT, "Your lists"),
            set("reading_list_story", CONTENT, "The stories on your lists"),
            set("reader_daily", ACTIVITY, "Your reading history: per story and day, views, reading time and"
                    + " whether you read it"),
            set("meter_read", ACTIVITY, "The member-only stories you opened this month, for the free-story meter"),
            set("story_clap", ACTIVITY, "Your claps"),
            set("clap_request", ACTIVITY, "Recent clap requests, so that a repeated request is not counted twice"),
            set("highlight", ACTIVITY, "Your highlights"),
            set("user_follow", ACTIVITY, "The writers you follow"),
            set("publication_follow", ACTIVITY, "The publications you follow"),
            set("tag_follow", ACTIVITY, "The topics you follow"),
            set("user_mute", ACTIVITY, "The writers you muted"),
            set("publication_mute", ACTIVITY, "The publications you muted"),
            set("user_block", ACTIVITY, "The people you blocked"),
            set("publication_member", ACTIVITY, "Your roles in publications"),
            set("notification", ACTIVITY, "Your notifications"),
            set("story_report", ACTIVITY, "Stories you reported, and why"),
            set("boost_nomination", ACTIVITY, "Stories you nominated for Boost as a publication's editor"),
            set("curation_decision", ACTIVITY, "Curation decisions about stories, naming the curator who made them"),
            set("staff_pick", ACTIVITY, "Staff Picks, naming the curator who picked them"),
            set("publication_feature", ACTIVITY, "Stories featured by a publication, naming the editor"),
            set("audit_event", ACTIVITY, "What admins and curators did, and changes to your account, for"
                    + " accountability"),
            set("site_setting", ACTIVITY, "The site's settings, naming the admin who last changed each"),
            set("outbox_event", ACTIVITY, "What you did (a clap, a follow, a publication), until every part of the"
                    + " site has handled it"),
            set("payout_batch", ACTIVITY, "Monthly payout runs, naming the admins who made and approved them"),
            set("feed_show_less", INFERENCES, "Your \"show less like this\" choices, which lower topics and writers"
                    + " in your feed"),
            set("membership", TRANSACTIONAL, "Your memberships: plan, price, the days they cover, how they were"
                    + " paid (the payment provider's reference only, never card data)"),
            set("payment_event", TRANSACTIONAL, "What the payment provider told us about your subscription"),
            set("partner_enrolment", TRANSACTIONAL, "Your Partner Program enrolment: country, age confirmation, the"
                    + " payment provider's id of your payout account"),
            set("earnings_line", TRANSACTIONAL, "What your stories earned each day, and from what"),
            set("earnings_adjustment", TRANSACTIONAL, "Earnings taken back after a member's refund"),
            set("payout_statement", TRANSACTIONAL, "Your monthly payout statements")));

    /** Tables that hold no data about a person, and why. */
    public static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("flyway_schema_history", "the schema's version history"),
            Map.entry("site_secret", "keys the site signs with"),
            Map.entry("job_lease", "which node runs a job"),
            Map.entry("periodic_run", "the last period each job finished"),
            Map.entry("outbox_cursor", "how far each consumer read the outbox"),
            Map.entry("plugin_setting", "plugin settings"),
            Map.entry("plugin_activation", "which plugin is active"),
            Map.entry("embed_cache", "what embedded URLs resolve to"),
            Map.entry("embed_thumbnail", "thumbnails of embedded pages"),
            Map.entry("reading_presentation", "a story shown on a surface, with no reader"),
            Map.entry("story_daily_stats", "per-story totals"),
            Map.entry("story_source_daily", "per-story totals by source"),
            Map.entry("story_minhash", "a fingerprint of a story's text, for near-duplicates"),
            Map.entry("story_lsh_band", "an index of those fingerprints"),
            Map.entry("membership_plan", "the plans offered"),
            Map.entry("payout_day", "which days were paid, and how many members"),
            Map.entry("payout_remainder", "per-day totals of what no writer got"));

    private PersonalData() {
    }

    private static DataSet set(String name, DataCategory category, String description) {
        return new DataSet(name, category, description);
    }
}
