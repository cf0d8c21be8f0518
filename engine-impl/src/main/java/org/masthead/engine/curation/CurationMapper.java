package org.masthead.engine.curation;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of a story's curation columns, {@code curation_decision}, {@code story_minhash} and {@code story_lsh_band}. */
public interface CurationMapper extends Mapper {
    /** Derby's statement-level read-uncommitted isolation; PostgreSQL's readers never wait on writers anyway. */
    String UNCOMMITTED = "<if test=\"_databaseId == 'derby'\">WITH UR</if>";

    /**
     * A story's curation columns.
     *
     * @param status         curation status name
     * @param eligibleAt     eligibility, or null
     * @param primaryTopic   curated topic, or null
     * @param boostedUntil   end of a Boost, or null
     * @param appealUsed     whether the one appeal is spent
     * @param reviewQueuedAt when it joined the queue, or null
     */
    record State(String status, Instant eligibleAt, String primaryTopic, Instant boostedUntil, boolean appealUsed,
                 Instant reviewQueuedAt) {
    }

    /**
     * A recorded decision.
     *
     * @param event        what happened
     * @param statusBefore status before
     * @param statusAfter  status after
     * @param primaryTopic topic after
     * @param boostedUntil Boost after
     * @param note         the curator's or writer's words
     * @param reasons      the reasons, as JSON
     * @param actor        username of who decided, null for the engine
     * @param createdAt    when
     */
    record DecisionRow(String event, String statusBefore, String statusAfter, String primaryTopic,
                       Instant boostedUntil, String note, String reasons, String actor, Instant createdAt) {
    }

    /**
     * A story in the queue: its id, what the queue shows of its curation, and its pending Boost nomination if any
     * (public id, nominating publication's name, note for curators).
     */
    record QueueRow(long id, String status, Instant reviewQueuedAt, boolean appealUsed, String nominationId,
                    String nominatedBy, String nominationNote) {
    }

    /** A story another one may duplicate, with its signature. */
    record SignatureRow(long storyId, String publicId, String signature) {
    }

    @Select("SELECT curation_status AS status, curation_eligible_at AS eligible_at, primary_topic, boosted_until,"
            + " appeal_used, review_queued_at FROM story WHERE id = #{id}")
    State state(@Param("id") long storyId);

    /** Writes a decision if the status is still {@code expected}: two curators deciding at once cannot both win. */
    @Update("UPDATE story SET curation_status = #{status}, curation_eligible_at = #{eligibleAt,jdbcType=BIGINT},"
            + " primary_topic = #{topic,jdbcType=VARCHAR}, boosted_until = #{boostedUntil,jdbcType=BIGINT},"
            + " appeal_used = #{appealUsed}, review_queued_at = #{queuedAt,jdbcType=BIGINT},"
            + " curation_check_due = #{checkDue} WHERE id = #{id} AND curation_status = #{expected}")
    int apply(@Param("id") long storyId, @Param("expected") String expected, @Param("status") String status,
              @Param("eligibleAt") Instant eligibleAt, @Param("topic") String topic,
              @Param("boostedUntil") Instant boostedUntil, @Param("appealUsed") boolean appealUsed,
              @Param("queuedAt") Instant queuedAt, @Param("checkDue") boolean checkDue);

    @Insert("INSERT INTO curation_decision (story_id, actor_id, event, status_before, status_after, primary_topic,"
            + " boosted_until, note, reasons, created_at) VALUES (#{storyId}, #{actorId,jdbcType=BIGINT}, #{event},"
            + " #{before}, #{after}, #{topic,jdbcType=VARCHAR}, #{boostedUntil,jdbcType=BIGINT}, #{note}, #{reasons},"
            + " #{now})")
    void insertDecision(@Param("storyId") long storyId, @Param("actorId") Long actorId, @Param("event") String event,
                        @Param("before") String before, @Param("after") String after, @Param("topic") String topic,
                        @Param("boostedUntil") Instant boostedUntil, @Param("note") String note,
                        @Param("reasons") String reasons, @Param("now") Instant now);

    @Select("SELECT d.event, d.status_before, d.status_after, d.primary_topic, d.boosted_until, d.note, d.reasons,"
            + " u.username AS actor, d.created_at FROM curation_decision d LEFT JOIN app_user u ON u.id = d.actor_id"
            + " WHERE d.story_id = #{storyId} ORDER BY d.id")
    List<DecisionRow> decisions(@Param("storyId") long storyId);

    /** The queue, oldest first: published stories waiting for a curator, optionally tagged with {@code topic}. */
    @Select({"<script>SELECT s.id, s.curation_status AS status, s.review_queued_at, s.appeal_used,",
        "n.public_id AS nomination_id, p.name AS nominated_by, n.note AS nomination_note FROM story s",
        "LEFT JOIN boost_nomination n ON n.story_id = s.id AND n.state = 'PENDING'",
        "LEFT JOIN publication p ON p.id = n.publication_id",
        "WHERE s.review_queued_at IS NOT NULL AND s.deleted_at IS NULL",
        "AND s.status IN ('PUBLISHED', 'UNLISTED')",
        "<if test='topic != null'>AND s.id IN (SELECT t.story_id FROM story_tag t WHERE t.tag = #{topic})</if>",
        "ORDER BY s.review_queued_at, s.id OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY</script>"})
    List<QueueRow> queue(@Param("topic") String topic, @Param("limit") int limit);

    @Select("SELECT id FROM story WHERE curation_status = 'PENDING' AND curation_eligible_at < #{cutoff}"
            + " AND deleted_at IS NULL ORDER BY curation_eligible_at OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<Long> reviewWindowElapsed(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

    @Select("SELECT id FROM story WHERE curation_check_due = TRUE AND first_published_at IS NOT NULL"
            + " AND deleted_at IS NULL ORDER BY id OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<Long> checksDue(@Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM story_report WHERE story_id = #{storyId} AND open_reporter_id IS NOT NULL")
    int openReports(@Param("storyId") long storyId);

    @Insert("INSERT INTO story_minhash (story_id, signature) VALUES (#{storyId}, #{signature})")
    void insertSignature(@Param("storyId") long storyId, @Param("signature") String signature);

    @Insert("INSERT INTO story_lsh_band (band_key, story_id) VALUES (#{key}, #{storyId})")
    void insertBand(@Param("key") long key, @Param("storyId") long storyId);

    /**
     * Stories sharing a band key with {@code keys}, at most {@code limit} of them. Both lookups read uncommitted
     * rows on Derby: they run inside a publish, which holds its story's row, and locking reads here made concurrent
     * publishers of similar stories wait on each other until Derby broke the deadlock. A near-duplicate signal may
     * well count a story that is being published at the same moment.
     */
    @Select({"<script>SELECT DISTINCT story_id FROM story_lsh_band WHERE band_key IN",
        "<foreach item='key' collection='keys' open='(' separator=',' close=')'>#{key}</foreach>",
        "AND story_id &lt;&gt; #{storyId} ORDER BY story_id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY",
        UNCOMMITTED, "</script>"})
    List<Long> sharingBands(@Param("storyId") long storyId, @Param("keys") List<Long> keys, @Param("limit") int limit);

    /** The signatures of those of {@code ids} that are readable. */
    @Select({"<script>SELECT m.story_id, s.public_id, m.signature FROM story_minhash m JOIN story s ON s.id = m.story_id",
        "WHERE m.story_id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
        "AND s.deleted_at IS NULL AND s.status IN ('PUBLISHED', 'UNLISTED')", UNCOMMITTED, "</script>"})
    List<SignatureRow> signatures(@Param("ids") List<Long> ids);
}
