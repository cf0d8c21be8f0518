package org.masthead.engine.publication;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code publication_submission}. */
public interface SubmissionMapper extends Mapper {
    String VIEW = "SELECT sub.id, sub.public_id, sub.state, sub.note, sub.created_at, sub.updated_at,"
            + " p.public_id AS publication_id, p.name AS publication_name, s.public_id AS story_id, s.title AS story_title,"
            + " u.public_id AS writer_id, u.username AS writer_username, sub.publication_id AS publication_key,"
            + " sub.story_id AS story_key, sub.writer_id AS writer_key"
            + " FROM publication_submission sub JOIN publication p ON p.id = sub.publication_id"
            + " JOIN story s ON s.id = sub.story_id JOIN app_user u ON u.id = sub.writer_id";

    /** A submission with the names people see. */
    record SubmissionRow(long id, String publicId, String state, String note, Instant createdAt, Instant updatedAt,
                         String publicationId, String publicationName, String storyId, String storyTitle,
                         String writerId, String writerUsername, long publicationKey, long storyKey,
                         long writerKey) {
    }

    @Insert("INSERT INTO publication_submission (public_id, publication_id, story_id, writer_id, state, note,"
            + " created_at, updated_at) VALUES (#{publicId}, #{publicationId}, #{storyId}, #{writerId}, #{state},"
            + " #{note}, #{now}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("publicationId") long publicationId,
                @Param("storyId") long storyId, @Param("writerId") long writerId, @Param("state") String state,
                @Param("note") String note, @Param("now") Instant now);

    @Update("UPDATE publication_submission SET state = #{state}, note = #{note}, decided_by = #{by,jdbcType=BIGINT},"
            + " updated_at = #{now} WHERE id = #{id} AND state = #{fromState}")
    int transition(@Param("id") long id, @Param("fromState") String fromState, @Param("state") String state,
                   @Param("note") String note, @Param("by") Long by, @Param("now") Instant now);

    @Select(VIEW + " WHERE sub.public_id = #{publicId}")
    SubmissionRow byPublicId(@Param("publicId") String publicId);

    @Select(VIEW + " WHERE sub.publication_id = #{publicationId} AND sub.story_id = #{storyId}")
    SubmissionRow byStory(@Param("publicationId") long publicationId, @Param("storyId") long storyId);

    @Select(VIEW + " WHERE sub.publication_id = #{publicationId} AND sub.state = #{state} ORDER BY sub.updated_at")
    List<SubmissionRow> queue(@Param("publicationId") long publicationId, @Param("state") String state);

    @Select(VIEW + " WHERE sub.writer_id = #{writerId} ORDER BY sub.updated_at DESC")
    List<SubmissionRow> ofWriter(@Param("writerId") long writerId);
}
