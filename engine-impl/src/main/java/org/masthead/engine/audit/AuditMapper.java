package org.masthead.engine.audit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code audit_event}. */
public interface AuditMapper extends Mapper {

    @Insert("INSERT INTO audit_event (actor_id, action, subject, detail, created_at)"
            + " VALUES (#{actorId,jdbcType=BIGINT}, #{action}, #{subject}, #{detail}, #{now})")
    void insert(@Param("actorId") Long actorId, @Param("action") String action, @Param("subject") String subject,
                @Param("detail") String detail, @Param("now") Instant now);

    @Select({"<script>SELECT e.id, u.username AS actor, e.action, e.subject, e.detail, e.created_at",
        "FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id",
        "<where><if test='action != null'>e.action = #{action}</if>",
        "<if test='before != null'>AND e.id &lt; #{before}</if></where>",
        "ORDER BY e.id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY</script>"})
    List<AuditLog.Event> recent(@Param("action") String action, @Param("before") Long before,
                                @Param("limit") int limit);
}
