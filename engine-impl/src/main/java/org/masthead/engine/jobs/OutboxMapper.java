package org.masthead.engine.jobs;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code outbox_event}, {@code outbox_cursor} and {@code job_lease}. */
public interface OutboxMapper extends Mapper {

    @Insert("INSERT INTO outbox_event (topic, subject_id, detail, created_at)"
            + " VALUES (#{topic}, #{subjectId}, #{detail}, #{now})")
    void append(@Param("topic") String topic, @Param("subjectId") long subjectId, @Param("detail") String detail,
                @Param("now") Instant now);

    @Select("SELECT id, topic, subject_id, detail, created_at FROM outbox_event WHERE id > #{after} ORDER BY id"
            + " FETCH FIRST #{limit} ROWS ONLY")
    List<OutboxEvent> after(@Param("after") long after, @Param("limit") int limit);

    @Select("SELECT COALESCE(MAX(id), 0) FROM outbox_event")
    long lastId();

    @Select("SELECT position FROM outbox_cursor WHERE consumer = #{consumer}")
    Long position(@Param("consumer") String consumer);

    @Insert("INSERT INTO outbox_cursor (consumer, position) VALUES (#{consumer}, #{position})")
    void insertCursor(@Param("consumer") String consumer, @Param("position") long position);

    @Update("UPDATE outbox_cursor SET position = #{position} WHERE consumer = #{consumer}")
    void moveCursor(@Param("consumer") String consumer, @Param("position") long position);

    @Insert("INSERT INTO job_lease (name, holder, expires_at) VALUES (#{name}, #{holder}, #{until})")
    void insertLease(@Param("name") String name, @Param("holder") String holder, @Param("until") Instant until);

    @Update("UPDATE job_lease SET holder = #{holder}, expires_at = #{until}"
            + " WHERE name = #{name} AND (holder = #{holder} OR expires_at < #{now})")
    int takeLease(@Param("name") String name, @Param("holder") String holder, @Param("now") Instant now,
                  @Param("until") Instant until);
}
