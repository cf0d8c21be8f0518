package org.masthead.engine.social;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/**
 * SQL of the social graph's edge tables ({@link Edge}). A target is a database id ({@code Long}) or, for tags,
 * the normalized tag ({@code String}).
 */
public interface EdgeMapper extends Mapper {
    String TARGETS = "SELECT ${edge.target} FROM ${edge.table} WHERE ${edge.subject} = #{subject} ORDER BY created_at DESC";

    @Select("SELECT COUNT(*) FROM ${edge.table} WHERE ${edge.subject} = #{subject} AND ${edge.target} = #{target}")
    int count(@Param("edge") Edge edge, @Param("subject") long subject, @Param("target") Object target);

    @Insert("INSERT INTO ${edge.table} (${edge.subject}, ${edge.target}, created_at) VALUES (#{subject}, #{target}, #{now})")
    void insert(@Param("edge") Edge edge, @Param("subject") long subject, @Param("target") Object target,
                @Param("now") Instant now);

    @Delete("DELETE FROM ${edge.table} WHERE ${edge.subject} = #{subject} AND ${edge.target} = #{target}")
    int delete(@Param("edge") Edge edge, @Param("subject") long subject, @Param("target") Object target);

    /**
     * Adds an edge unless it exists. Call it inside {@link org.masthead.engine.db.DuplicateKeys#inTransaction}, which settles two
     * requests adding the same edge at once.
     *
     * @return whether the edge is new
     */
    default boolean add(Edge edge, long subject, Object target, Instant now) {
        if (count(edge, subject, target) == 0) {
            insert(edge, subject, target, now);
            return true;
        }
        return false;
    }

    /** Edges pointing to {@code target} (followers), counted with the index on the target column. */
    @Select("SELECT COUNT(*) FROM ${edge.table} WHERE ${edge.target} = #{target}")
    long countTo(@Param("edge") Edge edge, @Param("target") Object target);

    @Select("SELECT COUNT(*) FROM ${edge.table} WHERE ${edge.target} = #{target} AND created_at >= #{since}")
    long countToSince(@Param("edge") Edge edge, @Param("target") Object target, @Param("since") Instant since);

    /** Edges starting from {@code subject}, counted with the primary key. */
    @Select("SELECT COUNT(*) FROM ${edge.table} WHERE ${edge.subject} = #{subject}")
    long countFrom(@Param("edge") Edge edge, @Param("subject") long subject);

    @Select(TARGETS)
    List<Long> targetIds(@Param("edge") Edge edge, @Param("subject") long subject);

    @Select(TARGETS)
    List<String> targetTags(@Param("edge") Edge edge, @Param("subject") long subject);
}
