package org.masthead.engine.social;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code story_daily_stats}. */
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
}
