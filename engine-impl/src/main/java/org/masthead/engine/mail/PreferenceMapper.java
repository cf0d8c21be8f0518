package org.masthead.engine.mail;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code mail_preference}. */
public interface PreferenceMapper extends Mapper {

    /** One stored preference. */
    record PreferenceRow(String listName, String setting) {
    }

    @Select("SELECT list_name, setting FROM mail_preference WHERE user_id = #{userId}")
    List<PreferenceRow> of(@Param("userId") long userId);

    @Select("SELECT setting FROM mail_preference WHERE user_id = #{userId} AND list_name = #{list}")
    String setting(@Param("userId") long userId, @Param("list") String list);

    @Update("UPDATE mail_preference SET setting = #{setting}, updated_at = #{now}"
            + " WHERE user_id = #{userId} AND list_name = #{list}")
    int update(@Param("userId") long userId, @Param("list") String list, @Param("setting") String setting,
               @Param("now") Instant now);

    @Insert("INSERT INTO mail_preference (user_id, list_name, setting, updated_at)"
            + " VALUES (#{userId}, #{list}, #{setting}, #{now})")
    void insert(@Param("userId") long userId, @Param("list") String list, @Param("setting") String setting,
                @Param("now") Instant now);
}
