package org.masthead.engine.social;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code story_report}. */
public interface ReportMapper extends Mapper {

    @Select("SELECT COUNT(*) FROM story_report WHERE story_id = #{storyId} AND open_reporter_id = #{reporterId}")
    int countOpen(@Param("storyId") long storyId, @Param("reporterId") long reporterId);

    @Insert("INSERT INTO story_report (public_id, story_id, reporter_id, open_reporter_id, reason, note, created_at)"
            + " VALUES (#{publicId}, #{storyId}, #{reporterId}, #{reporterId}, #{reason}, #{note}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("storyId") long storyId,
                @Param("reporterId") long reporterId, @Param("reason") String reason, @Param("note") String note,
                @Param("now") Instant now);
}
