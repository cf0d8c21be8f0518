package org.masthead.engine.curation;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code boost_nomination}, a publication's Boost quota, and {@code staff_pick}. */
public interface BoostMapper extends Mapper {
    String NOMINATION = "SELECT n.id, n.public_id, n.story_id, s.public_id AS story_public_id,"
            + " p.public_id AS publication_public_id, p.name AS publication_name, e.username AS editor_username,"
            + " n.note, n.state, n.created_at, n.decided_at FROM boost_nomination n JOIN story s ON s.id = n.story_id"
            + " JOIN publication p ON p.id = n.publication_id JOIN app_user e ON e.id = n.editor_id";
    String FIRST = " OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY";

    /** A nomination with the names it shows. */
    record NominationRow(long id, String publicId, long storyId, String storyPublicId, String publicationPublicId,
                         String publicationName, String editorUsername, String note, String state, Instant createdAt,
                         Instant decidedAt) {
    }

    @Insert("INSERT INTO boost_nomination (public_id, story_id, publication_id, editor_id, note, state, created_at)"
            + " VALUES (#{publicId}, #{storyId}, #{publicationId}, #{editorId}, #{note}, 'PENDING', #{now})")
    void insert(@Param("publicId") String publicId, @Param("storyId") long storyId,
                @Param("publicationId") long publicationId, @Param("editorId") long editorId,
                @Param("note") String note, @Param("now") Instant now);

    @Select("SELECT COUNT(*) FROM boost_nomination WHERE publication_id = #{publicationId} AND created_at >= #{since}")
    int countSince(@Param("publicationId") long publicationId, @Param("since") Instant since);

    @Select("SELECT COUNT(*) FROM boost_nomination WHERE story_id = #{storyId}")
    int countFor(@Param("storyId") long storyId);

    @Select(NOMINATION + " WHERE n.public_id = #{publicId}")
    NominationRow byPublicId(@Param("publicId") String publicId);

    @Select(NOMINATION + " WHERE n.publication_id = #{publicationId} ORDER BY n.created_at DESC, n.id DESC" + FIRST)
    List<NominationRow> ofPublication(@Param("publicationId") long publicationId, @Param("limit") int limit);

    @Select(NOMINATION + " WHERE n.state = 'PENDING' ORDER BY n.created_at, n.id" + FIRST)
    List<NominationRow> pending(@Param("limit") int limit);

    /** Decides a pending nomination; 0 when it was decided already. */
    @Update("UPDATE boost_nomination SET state = #{state}, decided_by = #{curatorId}, decided_at = #{now}"
            + " WHERE id = #{id} AND state = 'PENDING'")
    int decide(@Param("id") long id, @Param("state") String state, @Param("curatorId") long curatorId,
               @Param("now") Instant now);

    @Select("SELECT COUNT(*) FROM curation_decision WHERE story_id = #{storyId} AND event = 'reviewed'")
    int reviews(@Param("storyId") long storyId);

    /** Takes a nominated story that is not waiting for a review any more out of the curators' queue. */
    @Update("UPDATE story SET review_queued_at = NULL WHERE id = #{storyId} AND curation_status <> 'PENDING'")
    void leaveQueue(@Param("storyId") long storyId);

    /** Takes the publication row's write lock for the rest of the transaction, on Derby and PostgreSQL alike. */
    @Update("UPDATE publication SET boost_quota = boost_quota WHERE id = #{publicationId}")
    void lockPublication(@Param("publicationId") long publicationId);

    @Select("SELECT boost_quota FROM publication WHERE id = #{publicationId}")
    Integer quota(@Param("publicationId") long publicationId);

    @Update("UPDATE publication SET boost_quota = #{quota,jdbcType=INTEGER} WHERE id = #{publicationId}")
    void setQuota(@Param("publicationId") long publicationId, @Param("quota") Integer quota);

    @Insert("INSERT INTO staff_pick (story_id, picked_by, picked_at) VALUES (#{storyId}, #{curatorId}, #{now})")
    void insertPick(@Param("storyId") long storyId, @Param("curatorId") long curatorId, @Param("now") Instant now);

    @Select("SELECT COUNT(*) FROM staff_pick WHERE story_id = #{storyId}")
    int countPick(@Param("storyId") long storyId);

    @Update("DELETE FROM staff_pick WHERE story_id = #{storyId}")
    int deletePick(@Param("storyId") long storyId);

    @Select("SELECT story_id FROM staff_pick ORDER BY picked_at DESC, story_id DESC" + FIRST)
    List<Long> picks(@Param("limit") int limit);
}
