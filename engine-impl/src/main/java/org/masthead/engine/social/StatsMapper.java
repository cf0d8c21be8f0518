package org.masthead.engine.social;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code story_daily_stats}, and totals over a publication's stories. */
public interface StatsMapper extends Mapper {

    /**
     * A story's counters summed over all days.
     *
     * @param views views
     * @param reads reads
     */
    record Totals(long views, long reads) {
    }

    @Select("SELECT COALESCE(SUM(views), 0) AS views, COALESCE(SUM(reads), 0) AS reads FROM story_daily_stats"
            + " WHERE story_id = #{storyId}")
    Totals totals(@Param("storyId") long storyId);

    @Select("SELECT COUNT(*) FROM story WHERE publication_id = #{publicationId} AND status = 'PUBLISHED'"
            + " AND deleted_at IS NULL AND parent_id IS NULL")
    long publishedInPublication(@Param("publicationId") long publicationId);

    @Select("SELECT COALESCE(SUM(d.views), 0) AS views, COALESCE(SUM(d.reads), 0) AS reads FROM story_daily_stats d"
            + " JOIN story s ON s.id = d.story_id WHERE s.publication_id = #{publicationId}")
    Totals publicationTotals(@Param("publicationId") long publicationId);

    @Select("SELECT COALESCE(SUM(c.claps), 0) FROM story_clap c JOIN story s ON s.id = c.story_id"
            + " WHERE s.publication_id = #{publicationId}")
    long publicationClaps(@Param("publicationId") long publicationId);
}
