package org.masthead.engine.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/**
 * What feeds read besides the stories themselves: a reader's follows, mutes, blocks, interests and "show less"
 * choices, and each candidate's engagement. Read-only over the social and reading tables, except
 * {@code feed_show_less}, which is the feed's own.
 */
public interface FeedMapper extends Mapper {
    String IDS = "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>";

    /** How much a reader engaged with a topic. */
    record TagWeight(String tag, long weight) {
    }

    /** A reader's "show less like this": {@code WRITER} with a public id, or {@code TOPIC} with a tag. */
    record ShowLess(String kind, String subject) {
    }

    /** A candidate's engagement, all time, and how many readers follow its writer. */
    record EngagementRow(long storyId, long views, long reads, long memberReadingSeconds, long clappers, long claps,
                         long responses, long highlights, long authorFollowers) {
    }

    @Select("SELECT u.public_id FROM user_follow f JOIN app_user u ON u.id = f.followee_id WHERE f.follower_id = #{userId}")
    List<String> followedWriters(@Param("userId") long userId);

    @Select("SELECT p.public_id FROM publication_follow f JOIN publication p ON p.id = f.publication_id"
            + " WHERE f.user_id = #{userId}")
    List<String> followedPublications(@Param("userId") long userId);

    @Select("SELECT tag FROM tag_follow WHERE user_id = #{userId}")
    List<String> followedTags(@Param("userId") long userId);

    /** Writers the reader muted or blocked, or who blocked the reader. */
    @Select("SELECT u.public_id FROM user_mute m JOIN app_user u ON u.id = m.muted_user_id WHERE m.user_id = #{userId}"
            + " UNION SELECT u.public_id FROM user_block b JOIN app_user u ON u.id = b.blocked_id"
            + " WHERE b.blocker_id = #{userId}"
            + " UNION SELECT u.public_id FROM user_block b JOIN app_user u ON u.id = b.blocker_id"
            + " WHERE b.blocked_id = #{userId}")
    List<String> hiddenWriters(@Param("userId") long userId);

    @Select("SELECT p.public_id FROM publication_mute m JOIN publication p ON p.id = m.publication_id"
            + " WHERE m.user_id = #{userId}")
    List<String> mutedPublications(@Param("userId") long userId);

    @Select("SELECT t.tag, COUNT(*) AS weight FROM reader_daily r JOIN story_tag t ON t.story_id = r.story_id"
            + " WHERE r.user_id = #{userId} AND r.is_read = TRUE AND r.day >= #{sinceDay} GROUP BY t.tag")
    List<TagWeight> readTopics(@Param("userId") long userId, @Param("sinceDay") int sinceDay);

    @Select("SELECT t.tag, COUNT(*) AS weight FROM story_clap c JOIN story_tag t ON t.story_id = c.story_id"
            + " WHERE c.user_id = #{userId} AND c.updated_at >= #{since} GROUP BY t.tag")
    List<TagWeight> clapTopics(@Param("userId") long userId, @Param("since") Instant since);

    @Select("SELECT t.tag, COUNT(*) AS weight FROM highlight h JOIN story_tag t ON t.story_id = h.story_id"
            + " WHERE h.user_id = #{userId} AND h.created_at >= #{since} GROUP BY t.tag")
    List<TagWeight> highlightTopics(@Param("userId") long userId, @Param("since") Instant since);

    /** Which of {@code ids} the reader has read (30 seconds or more). */
    @Select({"<script>SELECT DISTINCT story_id FROM reader_daily WHERE user_id = #{userId} AND is_read = TRUE",
        "AND story_id IN", IDS, "</script>"})
    List<Long> readAmong(@Param("userId") long userId, @Param("ids") Collection<Long> ids);

    @Select("SELECT kind, subject FROM feed_show_less WHERE user_id = #{userId}")
    List<ShowLess> showLess(@Param("userId") long userId);

    @Select("SELECT COUNT(*) FROM feed_show_less WHERE user_id = #{userId} AND kind = #{kind} AND subject = #{subject}")
    int countShowLess(@Param("userId") long userId, @Param("kind") String kind, @Param("subject") String subject);

    @Insert("INSERT INTO feed_show_less (user_id, kind, subject, created_at) VALUES (#{userId}, #{kind}, #{subject},"
            + " #{now})")
    void insertShowLess(@Param("userId") long userId, @Param("kind") String kind, @Param("subject") String subject,
                        @Param("now") Instant now);

    @Delete("DELETE FROM feed_show_less WHERE user_id = #{userId}")
    int clearShowLess(@Param("userId") long userId);

    /**
     * Readers whose digest setting is {@code setting} ({@code daily} when they never chose), after id
     * {@code after} in id order, at most {@code limit}; suspended accounts left out.
     */
    @Select({"<script>SELECT u.id FROM app_user u LEFT JOIN mail_preference p ON p.user_id = u.id",
        "AND p.list_name = 'digest' WHERE (p.setting = #{setting}",
        // Not COALESCE(p.setting, 'daily'): on Derby that never equals 'daily'.
        "<if test=\"setting == 'daily'\">OR p.setting IS NULL</if>)",
        "AND u.suspended_at IS NULL AND u.id &gt; #{after} ORDER BY u.id OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY",
        "</script>"})
    List<Long> digestReaders(@Param("setting") String setting, @Param("after") long after, @Param("limit") int limit);

    /** Each story's engagement; every count is an indexed lookup by story (or by writer, for followers). */
    @Select({"<script>SELECT s.id AS story_id,",
        "COALESCE((SELECT SUM(d.views) FROM story_daily_stats d WHERE d.story_id = s.id), 0) AS views,",
        "COALESCE((SELECT SUM(d.reads) FROM story_daily_stats d WHERE d.story_id = s.id), 0) AS reads,",
        "COALESCE((SELECT SUM(d.member_reading_seconds) FROM story_daily_stats d WHERE d.story_id = s.id), 0)",
        "AS member_reading_seconds,",
        "(SELECT COUNT(*) FROM story_clap c WHERE c.story_id = s.id) AS clappers,",
        "COALESCE((SELECT SUM(c.claps) FROM story_clap c WHERE c.story_id = s.id), 0) AS claps,",
        "(SELECT COUNT(*) FROM story r WHERE r.parent_id = s.id AND r.status = 'PUBLISHED' AND r.deleted_at IS NULL)",
        "AS responses,",
        "(SELECT COUNT(*) FROM highlight h WHERE h.story_id = s.id) AS highlights,",
        "(SELECT COUNT(*) FROM user_follow f WHERE f.followee_id = s.author_id) AS author_followers",
        "FROM story s WHERE s.id IN", IDS, "</script>"})
    List<EngagementRow> engagement(@Param("ids") Collection<Long> ids);
}
