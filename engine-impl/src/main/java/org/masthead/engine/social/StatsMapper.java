package org.masthead.engine.social;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** Counts over a publication's stories: its published stories and their claps. */
public interface StatsMapper extends Mapper {

    @Select("SELECT COUNT(*) FROM story WHERE publication_id = #{publicationId} AND status = 'PUBLISHED'"
            + " AND deleted_at IS NULL AND parent_id IS NULL")
    long publishedInPublication(@Param("publicationId") long publicationId);

    @Select("SELECT COALESCE(SUM(c.claps), 0) FROM story_clap c JOIN story s ON s.id = c.story_id"
            + " WHERE s.publication_id = #{publicationId}")
    long publicationClaps(@Param("publicationId") long publicationId);
}
