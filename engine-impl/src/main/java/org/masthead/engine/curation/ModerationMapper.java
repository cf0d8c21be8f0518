package org.masthead.engine.curation;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;
import org.masthead.engine.story.Moderation;

/** SQL of the moderation queue: readers' open reports, their resolution, and a story's moderation column. */
public interface ModerationMapper extends Mapper {

    /** A story with open reports. */
    record ReportedRow(long storyId, int reports, Instant firstReportedAt) {
    }

    /** One report, as moderators see it. */
    record ReportRow(String publicId, String reporter, String reason, String note, Instant createdAt,
                     String resolution, Instant resolvedAt) {
    }

    /** Stories with open reports, the longest waiting first. */
    @Select("SELECT story_id, COUNT(*) AS reports, MIN(created_at) AS first_reported_at FROM story_report"
            + " WHERE open_reporter_id IS NOT NULL GROUP BY story_id ORDER BY first_reported_at, story_id"
            + " OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<ReportedRow> reported(@Param("limit") int limit);

    @Select("SELECT r.public_id, u.username AS reporter, r.reason, r.note, r.created_at, r.resolution, r.resolved_at"
            + " FROM story_report r JOIN app_user u ON u.id = r.reporter_id WHERE r.story_id = #{storyId}"
            + " ORDER BY r.created_at DESC, r.id DESC OFFSET 0 ROWS FETCH FIRST 200 ROWS ONLY")
    List<ReportRow> reports(@Param("storyId") long storyId);

    /** Closes the story's open reports; the reporters may report it again later. */
    @Update("UPDATE story_report SET open_reporter_id = NULL, resolution = #{resolution}, resolved_by = #{staffId},"
            + " resolved_at = #{now} WHERE story_id = #{storyId} AND open_reporter_id IS NOT NULL")
    int close(@Param("storyId") long storyId, @Param("resolution") String resolution, @Param("staffId") long staffId,
              @Param("now") Instant now);

    @Update("UPDATE story SET moderation = #{moderation} WHERE id = #{storyId}")
    void setModeration(@Param("storyId") long storyId, @Param("moderation") Moderation moderation);
}
