package org.masthead.engine.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/**
 * SQL of {@code notification}, and the reads of other features' rows that events name by id (a submission, a day
 * of clap requests), joined the way the notifications show them.
 */
public interface NotificationMapper extends Mapper {
    String VIEW = "SELECT n.id, n.public_id, n.user_id, n.kind, n.detail, n.created_at, n.read_at,"
            + " a.public_id AS actor_public_id, a.username AS actor_username, a.display_name AS actor_name,"
            + " s.public_id AS story_public_id, s.title AS story_title, s.slug AS story_slug,"
            + " w.username AS story_author_username, p.name AS publication_name"
            + " FROM notification n LEFT JOIN app_user a ON a.id = n.actor_id"
            + " LEFT JOIN story s ON s.id = n.story_id AND s.deleted_at IS NULL"
            + " LEFT JOIN app_user w ON w.id = s.author_id"
            + " LEFT JOIN publication p ON p.id = n.publication_id AND p.deleted_at IS NULL";

    /** The people, story and publication a submission decision is about. */
    record SubmissionRow(long writerId, long storyId, long publicationId, Long decidedBy) {
    }

    /** The claps one story got on one day. */
    record ClapDay(long authorId, long storyId, long clappers, long claps) {
    }

    @Select("SELECT COUNT(*) FROM notification WHERE notice_key = #{key}")
    int countKey(@Param("key") String key);

    @Insert("INSERT INTO notification (public_id, user_id, kind, notice_key, actor_id, story_id, publication_id,"
            + " detail, created_at) VALUES (#{publicId}, #{n.userId}, #{kind}, #{n.key}, #{n.actorId,jdbcType=BIGINT},"
            + " #{n.storyId,jdbcType=BIGINT}, #{n.publicationId,jdbcType=BIGINT}, #{n.detail}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("kind") String kind,
                @Param("n") NotificationService.Notice notice, @Param("now") Instant now);

    @Select("SELECT id FROM notification WHERE notice_key = #{key}")
    long idOf(@Param("key") String key);

    @Select(VIEW + " WHERE n.id = #{id}")
    NotificationRow byId(@Param("id") long id);

    @Select({"<script>", VIEW, "WHERE n.user_id = #{userId}", "<if test='unreadOnly'>AND n.read_at IS NULL</if>",
        "ORDER BY n.created_at DESC, n.id DESC FETCH FIRST #{limit} ROWS ONLY</script>"})
    List<NotificationRow> of(@Param("userId") long userId, @Param("unreadOnly") boolean unreadOnly,
                             @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM notification WHERE user_id = #{userId} AND read_at IS NULL")
    long unread(@Param("userId") long userId);

    @Update("UPDATE notification SET read_at = #{now} WHERE public_id = #{publicId} AND user_id = #{userId}"
            + " AND read_at IS NULL")
    int markRead(@Param("publicId") String publicId, @Param("userId") long userId, @Param("now") Instant now);

    @Select("SELECT COUNT(*) FROM notification WHERE public_id = #{publicId} AND user_id = #{userId}")
    int countOwn(@Param("publicId") String publicId, @Param("userId") long userId);

    @Update("UPDATE notification SET read_at = #{now} WHERE user_id = #{userId} AND read_at IS NULL")
    int markAllRead(@Param("userId") long userId, @Param("now") Instant now);

    @Select("SELECT writer_id, story_id, publication_id, decided_by FROM publication_submission WHERE id = #{id}")
    SubmissionRow submission(@Param("id") long id);

    @Select("SELECT s.author_id, r.story_id, COUNT(DISTINCT r.user_id) AS clappers, SUM(r.claps) AS claps"
            + " FROM clap_request r JOIN story s ON s.id = r.story_id"
            + " WHERE r.created_at >= #{from} AND r.created_at < #{to} AND s.deleted_at IS NULL"
            + " GROUP BY s.author_id, r.story_id")
    List<ClapDay> clapsBetween(@Param("from") Instant from, @Param("to") Instant to);
}
