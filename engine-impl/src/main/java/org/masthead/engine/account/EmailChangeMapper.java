package org.masthead.engine.account;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code email_change}. */
public interface EmailChangeMapper extends Mapper {
    String COLUMNS = "id, public_id, user_id, new_email, created_at, expires_at";

    /** A requested change of address. */
    record ChangeRow(long id, String publicId, long userId, String newEmail, Instant createdAt, Instant expiresAt) {
    }

    @Insert("INSERT INTO email_change (public_id, user_id, new_email, created_at, expires_at)"
            + " VALUES (#{publicId}, #{userId}, #{email}, #{now}, #{expires})")
    void insert(@Param("publicId") String publicId, @Param("userId") long userId, @Param("email") String email,
                @Param("now") Instant now, @Param("expires") Instant expires);

    @Select("SELECT " + COLUMNS + " FROM email_change WHERE public_id = #{publicId}")
    ChangeRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM email_change WHERE id = #{id}")
    ChangeRow byId(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM email_change WHERE user_id = #{userId} AND expires_at > #{now}")
    ChangeRow pendingOf(@Param("userId") long userId, @Param("now") Instant now);

    @Delete("DELETE FROM email_change WHERE user_id = #{userId}")
    void deleteOf(@Param("userId") long userId);

    @Delete("DELETE FROM email_change WHERE id = #{id}")
    int delete(@Param("id") long id);
}
