package org.masthead.engine.reading;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/**
 * Writers' stats from {@code story_daily_stats} and {@code story_source_daily}. A writer's stories are their
 * published stories (not responses, not deleted), found through the {@code story_author_published} index.
 */
public interface ReadingStatsMapper extends Mapper {

    /**
     * Counters summed over some days (and stories).
     *
     * @param day                  the day, in per-day results
     * @param presentations        times shown in feeds
     * @param views                views
     * @param reads                reads
     * @param readingSeconds       reading time
     * @param memberReadingSeconds members' reading time
     * @param memberReads          members' reads
     */
    record Sums(int day, long presentations, long views, long reads, long readingSeconds, long memberReadingSeconds,
                long memberReads) {
    }

    /**
     * One story's counters over some days.
     *
     * @param publicId public id
     * @param title    title; the counters as in {@link Sums}
     */
    record StorySums(String publicId, String title, long presentations, long views, long reads, long readingSeconds,
                     long memberReadingSeconds, long memberReads) {
        Sums sums() {
            return new Sums(0, presentations, views, reads, readingSeconds, memberReadingSeconds, memberReads);
        }
    }

    /**
     * One traffic source's counters over some days.
     *
     * @param source         source, by wire name
     * @param referrerHost   the external host, or empty
     * @param presentations  times shown on this surface
     * @param views          views
     * @param reads          reads
     * @param readingSeconds reading time
     */
    record SourceSums(String source, String referrerHost, long presentations, long views, long reads,
                      long readingSeconds) {
    }

    String SUMS = "COALESCE(SUM(d.presentations), 0) AS presentations, COALESCE(SUM(d.views), 0) AS views,"
            + " COALESCE(SUM(d.reads), 0) AS reads, COALESCE(SUM(d.reading_seconds), 0) AS reading_seconds,"
            + " COALESCE(SUM(d.member_reading_seconds), 0) AS member_reading_seconds,"
            + " COALESCE(SUM(d.member_reads), 0) AS member_reads";
    String SOURCE_SUMS = "d.source, d.referrer_host, SUM(d.presentations) AS presentations, SUM(d.views) AS views,"
            + " SUM(d.reads) AS reads, SUM(d.reading_seconds) AS reading_seconds";
    String WRITERS_STORIES = "s.author_id = #{authorId} AND s.status IN ('PUBLISHED', 'UNLISTED')"
            + " AND s.deleted_at IS NULL AND s.parent_id IS NULL";

    @Select("SELECT 0 AS day, " + SUMS + " FROM story_daily_stats d WHERE d.story_id = #{storyId}")
    Sums storyTotals(@Param("storyId") long storyId);

    @Select("SELECT 0 AS day, " + SUMS + " FROM story_daily_stats d JOIN story s ON s.id = d.story_id"
            + " WHERE s.publication_id = #{publicationId}")
    Sums publicationTotals(@Param("publicationId") long publicationId);

    @Select("SELECT d.day, " + SUMS + " FROM story_daily_stats d WHERE d.story_id = #{storyId}"
            + " AND d.day BETWEEN #{from} AND #{to} GROUP BY d.day")
    List<Sums> storyDays(@Param("storyId") long storyId, @Param("from") int from, @Param("to") int to);

    @Select("SELECT " + SOURCE_SUMS + " FROM story_source_daily d WHERE d.story_id = #{storyId}"
            + " AND d.day BETWEEN #{from} AND #{to} GROUP BY d.source, d.referrer_host")
    List<SourceSums> storySources(@Param("storyId") long storyId, @Param("from") int from, @Param("to") int to);

    @Select("SELECT d.day, " + SUMS + " FROM story s JOIN story_daily_stats d ON d.story_id = s.id"
            + " WHERE " + WRITERS_STORIES + " AND d.day BETWEEN #{from} AND #{to} GROUP BY d.day")
    List<Sums> writerDays(@Param("authorId") long authorId, @Param("from") int from, @Param("to") int to);

    @Select("SELECT " + SOURCE_SUMS + " FROM story s JOIN story_source_daily d ON d.story_id = s.id"
            + " WHERE " + WRITERS_STORIES + " AND d.day BETWEEN #{from} AND #{to} GROUP BY d.source, d.referrer_host")
    List<SourceSums> writerSources(@Param("authorId") long authorId, @Param("from") int from, @Param("to") int to);

    @Select("SELECT s.public_id, s.title, " + SUMS + " FROM story s LEFT JOIN story_daily_stats d"
            + " ON d.story_id = s.id AND d.day BETWEEN #{from} AND #{to} WHERE " + WRITERS_STORIES
            + " GROUP BY s.id, s.public_id, s.title")
    List<StorySums> writerStories(@Param("authorId") long authorId, @Param("from") int from, @Param("to") int to);
}
