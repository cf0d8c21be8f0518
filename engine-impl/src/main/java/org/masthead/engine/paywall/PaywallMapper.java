package org.masthead.engine.paywall;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code meter_read}. */
public interface PaywallMapper extends Mapper {

    @Select("SELECT COUNT(*) FROM meter_read WHERE reader_key = #{reader} AND month = #{month}")
    int used(@Param("reader") String reader, @Param("month") int month);

    @Select("SELECT COUNT(*) FROM meter_read WHERE reader_key = #{reader} AND month = #{month}"
            + " AND story_id = #{story}")
    int opened(@Param("reader") String reader, @Param("month") int month, @Param("story") long story);

    @Insert("INSERT INTO meter_read (reader_key, month, story_id, read_at) VALUES (#{reader}, #{month}, #{story},"
            + " #{now})")
    void open(@Param("reader") String reader, @Param("month") int month, @Param("story") long story,
              @Param("now") Instant now);
}
