package org.masthead.engine.account;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code app_user}. */
public interface UserMapper extends Mapper {
    String COLUMNS = "id, public_id, username, email, display_name, bio, password_hash, staff_role, created_at,"
            + " avatar_image_id, suspended_at, suspension_note";

    @Insert("INSERT INTO app_user (public_id, username, email, display_name, bio, password_hash, staff_role, created_at)"
            + " VALUES (#{publicId}, #{username}, #{email}, #{displayName}, '', #{passwordHash}, #{staffRole}, #{createdAt})")
    void insert(@Param("publicId") String publicId, @Param("username") String username, @Param("email") String email,
                @Param("displayName") String displayName, @Param("passwordHash") String passwordHash,
                @Param("staffRole") String staffRole, @Param("createdAt") java.time.Instant createdAt);

    @Select("SELECT " + COLUMNS + " FROM app_user WHERE email = #{email}")
    UserRow byEmail(@Param("email") String email);

    @Select("SELECT " + COLUMNS + " FROM app_user WHERE username = #{username}")
    UserRow byUsername(@Param("username") String username);

    @Select("SELECT " + COLUMNS + " FROM app_user WHERE public_id = #{publicId}")
    UserRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM app_user WHERE id = #{id}")
    UserRow byId(@Param("id") long id);

    @Select({"<script>SELECT " + COLUMNS + " FROM app_user WHERE id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<UserRow> byIds(@Param("ids") Collection<Long> ids);

    @Select("SELECT COUNT(*) FROM app_user WHERE staff_role = 'ADMIN'")
    int countAdmins();

    @Select("SELECT COUNT(*) FROM app_user WHERE username = #{username} OR email = #{email}")
    int countTaken(@Param("username") String username, @Param("email") String email);

    @Select("SELECT COUNT(*) FROM app_user WHERE username = #{username} AND id <> #{id}")
    int countOthersNamed(@Param("username") String username, @Param("id") long id);

    @Update("UPDATE app_user SET display_name = #{displayName}, username = #{username}, bio = #{bio} WHERE id = #{id}")
    void updateProfile(@Param("id") long id, @Param("displayName") String displayName,
                       @Param("username") String username, @Param("bio") String bio);

    @Select("SELECT member_until FROM app_user WHERE id = #{id}")
    Long memberUntil(@Param("id") long id);

    @Update("UPDATE app_user SET email = #{email} WHERE id = #{id}")
    void updateEmail(@Param("id") long id, @Param("email") String email);

    /** Takes the row's write lock for the rest of the transaction, on Derby and PostgreSQL alike. */
    @Update("UPDATE app_user SET avatar_image_id = avatar_image_id WHERE id = #{id}")
    void lock(@Param("id") long id);

    @Update("UPDATE app_user SET avatar_image_id = #{imageId,jdbcType=BIGINT} WHERE id = #{id}")
    void setAvatar(@Param("id") long id, @Param("imageId") Long imageId);

    @Select({"<script>SELECT " + COLUMNS + " FROM app_user",
        "<if test='query != null'>WHERE LOWER(username) LIKE #{query} OR LOWER(email) LIKE #{query}",
        " OR LOWER(display_name) LIKE #{query}</if>",
        "ORDER BY created_at DESC, id DESC OFFSET #{offset} ROWS FETCH FIRST #{limit} ROWS ONLY</script>"})
    List<UserRow> search(@Param("query") String query, @Param("offset") int offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM app_user")
    long countAll();

    @Update("UPDATE app_user SET suspended_at = #{at,jdbcType=BIGINT}, suspension_note = #{note,jdbcType=VARCHAR}"
            + " WHERE id = #{id}")
    void setSuspension(@Param("id") long id, @Param("at") java.time.Instant at, @Param("note") String note);

    @Update("UPDATE app_user SET staff_role = #{role} WHERE id = #{id}")
    void setStaffRole(@Param("id") long id, @Param("role") String role);
}
