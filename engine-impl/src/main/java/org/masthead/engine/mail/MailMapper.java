package org.masthead.engine.mail;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code mail_outbox}. */
public interface MailMapper extends Mapper {
    /** A key built in SQL from a prefix and a recipient's id, as {@link MailOutbox} builds it in Java. */
    String FOLLOWER_KEY = "CAST(#{keyPrefix} AS VARCHAR(150)) || TRIM(CAST(r.user_id AS CHAR(20)))";

    @Select("SELECT COUNT(*) FROM mail_outbox WHERE mail_key = #{key}")
    int countKey(@Param("key") String key);

    @Insert("INSERT INTO mail_outbox (mail_key, kind, list_name, user_id, to_address, subject_id, detail, priority,"
            + " state, attempts, next_attempt_at, created_at) VALUES (#{e.key}, #{e.kind}, #{listName}, #{e.userId},"
            + " #{e.toAddress,jdbcType=VARCHAR}, #{e.subjectId}, #{e.detail}, #{priority}, 'QUEUED', 0, #{now}, #{now})")
    void insert(@Param("e") MailOutbox.Envelope envelope, @Param("listName") String listName,
                @Param("priority") int priority, @Param("now") Instant now);

    /**
     * Queues the newsletter about a story for those who followed its writer or its publication by {@code asOf}
     * (once per person), leaving out those who turned the newsletter off or muted the writer. Parameters in the select list
     * are cast because Derby wants their types.
     */
    @Insert("INSERT INTO mail_outbox (mail_key, kind, list_name, user_id, subject_id, detail, priority, state,"
            + " attempts, next_attempt_at, created_at)"
            + " SELECT " + FOLLOWER_KEY + ", CAST(#{kind} AS VARCHAR(40)), CAST(#{listName} AS VARCHAR(30)), r.user_id,"
            + " CAST(#{storyId} AS BIGINT), '', CAST(#{priority} AS INT), 'QUEUED', 0, CAST(#{now} AS BIGINT),"
            + " CAST(#{now} AS BIGINT)"
            + " FROM (SELECT follower_id AS user_id FROM user_follow WHERE followee_id = #{authorId} AND created_at <= #{asOf}"
            + " UNION SELECT user_id FROM publication_follow WHERE publication_id = #{publicationId}"
            + " AND created_at <= #{asOf}) r"
            + " WHERE r.user_id <> #{authorId}"
            + " AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.mail_key = " + FOLLOWER_KEY + ")"
            + " AND NOT EXISTS (SELECT 1 FROM mail_preference p WHERE p.user_id = r.user_id"
            + " AND p.list_name = #{listName} AND p.setting = 'off')"
            + " AND NOT EXISTS (SELECT 1 FROM user_mute x WHERE x.user_id = r.user_id AND x.muted_user_id = #{authorId})")
    int insertForFollowers(@Param("keyPrefix") String keyPrefix, @Param("kind") String kind,
                           @Param("listName") String listName, @Param("priority") int priority,
                           @Param("storyId") long storyId, @Param("authorId") long authorId,
                           @Param("publicationId") long publicationId, @Param("asOf") Instant asOf,
                           @Param("now") Instant now);

    /** Mails waiting to be sent, or claimed by a node whose claim has run out; the most urgent first. */
    @Select("SELECT id FROM mail_outbox WHERE state IN ('QUEUED', 'SENDING') AND next_attempt_at <= #{now}"
            + " ORDER BY priority, id FETCH FIRST #{limit} ROWS ONLY")
    List<Long> due(@Param("now") Instant now, @Param("limit") int limit);

    /** Claims a due mail for {@code node} until {@code until}; 0 when another node was first. */
    @Update("UPDATE mail_outbox SET state = 'SENDING', claimed_by = #{node}, next_attempt_at = #{until}"
            + " WHERE id = #{id} AND state IN ('QUEUED', 'SENDING') AND next_attempt_at <= #{now}")
    int claim(@Param("id") long id, @Param("node") String node, @Param("now") Instant now,
              @Param("until") Instant until);

    @Select("SELECT m.id, m.mail_key, m.kind, m.list_name, m.user_id, m.to_address, m.subject_id, m.detail,"
            + " m.attempts, u.public_id AS user_public_id, u.email AS user_email, u.display_name AS user_name"
            + " FROM mail_outbox m JOIN app_user u ON u.id = m.user_id WHERE m.id = #{id}")
    QueuedMail byId(@Param("id") long id);

    /** Ends a claimed mail as SENT or SKIPPED; 0 when the claim was lost to another node. */
    @Update("UPDATE mail_outbox SET state = #{state}, sent_at = #{now}, last_error = #{note,jdbcType=VARCHAR}"
            + " WHERE id = #{id} AND claimed_by = #{node} AND state = 'SENDING'")
    int finish(@Param("id") long id, @Param("node") String node, @Param("state") String state,
               @Param("now") Instant now, @Param("note") String note);

    /** Counts a failed attempt: QUEUED again from {@code next}, or FAILED for good. */
    @Update("UPDATE mail_outbox SET state = #{state}, attempts = attempts + 1, next_attempt_at = #{next},"
            + " last_error = #{error} WHERE id = #{id} AND claimed_by = #{node} AND state = 'SENDING'")
    int failed(@Param("id") long id, @Param("node") String node, @Param("state") String state,
               @Param("next") Instant next, @Param("error") String error);

    @Select("SELECT COUNT(*) FROM mail_outbox WHERE state = #{state}")
    long count(@Param("state") String state);
}
