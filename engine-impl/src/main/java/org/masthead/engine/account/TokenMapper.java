package org.masthead.engine.account;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code integration_token}. */
public interface TokenMapper extends Mapper {

    /** A live token joined with its user. */
    record TokenUser(long tokenId, long userId, String publicId, String username, String staffRole, String scopes,
                     Instant lastUsedAt) {
    }

    /** A token as its owner lists it. */
    record TokenRow(String publicId, String name, String scopes, Instant createdAt, Instant lastUsedAt) {
    }

    @Insert("INSERT INTO integration_token (public_id, user_id, name, token_hash, scopes, created_at)"
            + " VALUES (#{publicId}, #{userId}, #{name}, #{tokenHash}, #{scopes}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("userId") long userId, @Param("name") String name,
                @Param("tokenHash") String tokenHash, @Param("scopes") String scopes, @Param("now") Instant now);

    @Select("SELECT t.id AS token_id, u.id AS user_id, u.public_id, u.username, u.staff_role, t.scopes,"
            + " t.last_used_at"
            + " FROM integration_token t JOIN app_user u ON u.id = t.user_id"
            + " WHERE t.token_hash = #{tokenHash} AND t.revoked_at IS NULL AND u.suspended_at IS NULL")
    TokenUser find(@Param("tokenHash") String tokenHash);

    @Update("UPDATE integration_token SET last_used_at = #{now} WHERE id = #{id}")
    void touch(@Param("id") long id, @Param("now") Instant now);

    @Select("SELECT public_id, name, scopes, created_at, last_used_at FROM integration_token"
            + " WHERE user_id = #{userId} AND revoked_at IS NULL ORDER BY created_at")
    List<TokenRow> list(@Param("userId") long userId);

    @Update("UPDATE integration_token SET revoked_at = #{now}"
            + " WHERE public_id = #{publicId} AND user_id = #{userId} AND revoked_at IS NULL")
    int revoke(@Param("publicId") String publicId, @Param("userId") long userId, @Param("now") Instant now);
}
