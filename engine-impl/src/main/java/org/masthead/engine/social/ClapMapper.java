package org.masthead.engine.social;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code story_clap} and {@code clap_request}. */
public interface ClapMapper extends Mapper {

    /**
     * A story's claps.
     *
     * @param totalClaps all claps
     * @param clappers   readers who clapped
     */
    record Sums(long totalClaps, long clappers) {
    }

    @Select("SELECT COUNT(*) FROM clap_request WHERE user_id = #{userId} AND story_id = #{storyId}"
            + " AND request_id = #{requestId}")
    int countRequest(@Param("userId") long userId, @Param("storyId") long storyId,
                     @Param("requestId") String requestId);

    @Insert("INSERT INTO clap_request (user_id, story_id, request_id, claps, created_at)"
            + " VALUES (#{userId}, #{storyId}, #{requestId}, #{claps}, #{now})")
    void insertRequest(@Param("userId") long userId, @Param("storyId") long storyId,
                       @Param("requestId") String requestId, @Param("claps") int claps, @Param("now") Instant now);

    @Select("SELECT claps FROM story_clap WHERE story_id = #{storyId} AND user_id = #{userId}")
    Integer clapsOf(@Param("storyId") long storyId, @Param("userId") long userId);

    @Insert("INSERT INTO story_clap (story_id, user_id, claps, created_at, updated_at)"
            + " VALUES (#{storyId}, #{userId}, #{claps}, #{now}, #{now})")
    void insert(@Param("storyId") long storyId, @Param("userId") long userId, @Param("claps") int claps,
                @Param("now") Instant now);

    /**
     * Adds claps unless the reader's total would pass {@code max}. The condition is in the statement, so two
     * requests racing on different nodes cannot both pass it.
     *
     * @return 1 if added, 0 if it would pass the limit
     */
    @Update("UPDATE story_clap SET claps = claps + #{claps}, updated_at = #{now}"
            + " WHERE story_id = #{storyId} AND user_id = #{userId} AND claps + #{claps} <= #{max}")
    int add(@Param("storyId") long storyId, @Param("userId") long userId, @Param("claps") int claps,
            @Param("max") int max, @Param("now") Instant now);

    @Select("SELECT COALESCE(SUM(claps), 0) AS total_claps, COUNT(*) AS clappers FROM story_clap"
            + " WHERE story_id = #{storyId}")
    Sums sums(@Param("storyId") long storyId);
}
