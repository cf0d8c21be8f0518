package org.masthead.engine.account;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code user_session}. */
public interface SessionMapper extends Mapper {

    /** A live session joined with its user. */
    record SessionRow(long userId, String publicId, String username, String staffRole, String csrfToken) {
    }

    @Insert("INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, expires_at)"
            + " VALUES (#{tokenHash}, #{userId}, #{csrf}, #{now}, #{expiresAt})")
    void insert(@Param("tokenHash") String tokenHash, @Param("userId") long userId, @Param("csrf") String csrf,
                @Param("now") long now, @Param("expiresAt") long expiresAt);

    @Select("SELECT u.id AS user_id, u.public_id, u.username, u.staff_role, s.csrf_token FROM user_session s"
            + " JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = #{tokenHash} AND s.expires_at > #{now}"
            + " AND u.suspended_at IS NULL")
    SessionRow find(@Param("tokenHash") String tokenHash, @Param("now") long now);

    @Delete("DELETE FROM user_session WHERE token_hash = #{tokenHash}")
    void delete(@Param("tokenHash") String tokenHash);

    @Delete("DELETE FROM user_session WHERE user_id = #{userId}")
    void deleteAll(@Param("userId") long userId);
}
