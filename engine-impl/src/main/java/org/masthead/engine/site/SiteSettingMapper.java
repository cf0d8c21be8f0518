package org.masthead.engine.site;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code site_setting}. */
public interface SiteSettingMapper extends Mapper {

    @Select("SELECT setting_value FROM site_setting WHERE name = #{name}")
    String value(@Param("name") String name);

    @Update("UPDATE site_setting SET setting_value = #{value}, updated_by = #{by}, updated_at = #{now}"
            + " WHERE name = #{name}")
    int update(@Param("name") String name, @Param("value") String value, @Param("by") long by,
               @Param("now") Instant now);

    @Insert("INSERT INTO site_setting (name, setting_value, updated_by, updated_at)"
            + " VALUES (#{name}, #{value}, #{by}, #{now})")
    void insert(@Param("name") String name, @Param("value") String value, @Param("by") long by,
                @Param("now") Instant now);
}
