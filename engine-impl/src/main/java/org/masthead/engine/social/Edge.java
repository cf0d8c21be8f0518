package org.masthead.engine.social;

/**
 * A kind of edge in the social graph: a person (the subject) follows, mutes or blocks a person, a publication or
 * a tag. Each kind has its own table, so that foreign keys hold; the names here are the SQL identifiers the
 * {@link EdgeMapper} substitutes, never anything a client sent.
 */
public enum Edge {
    FOLLOWS_USER("user_follow", "follower_id", "followee_id"),
    FOLLOWS_PUBLICATION("publication_follow", "user_id", "publication_id"),
    FOLLOWS_TAG("tag_follow", "user_id", "tag"),
    MUTES_USER("user_mute", "user_id", "muted_user_id"),
    MUTES_PUBLICATION("publication_mute", "user_id", "publication_id"),
    BLOCKS_USER("user_block", "blocker_id", "blocked_id");

    private final String table;
    private final String subject;
    private final String target;

    Edge(String table, String subject, String target) {
        this.table = table;
        this.subject = subject;
        this.target = target;
    }

    /** The table. */
    public String table() {
        return table;
    }

    /** The column of the person the edge starts from. */
    public String subject() {
        return subject;
    }

    /** The column of the person, publication or tag the edge points to. */
    public String target() {
        return target;
    }
}
