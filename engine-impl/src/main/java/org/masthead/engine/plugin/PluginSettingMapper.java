package org.masthead.engine.plugin;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** Stored plugin choices (which plugin is active per extension point) and plugin settings. */
public interface PluginSettingMapper extends Mapper {

    /**
     * One stored setting.
     *
     * @param name  its name
     * @param value its value
     */
    record StoredSetting(String name, String value) {
    }

    @Select("SELECT plugin_id FROM plugin_activation WHERE extension_point = #{point}")
    String activePlugin(@Param("point") String point);

    @Update("UPDATE plugin_activation SET plugin_id = #{pluginId}, updated_at = #{now} WHERE extension_point = #{point}")
    int updateActive(@Param("point") String point, @Param("pluginId") String pluginId, @Param("now") long now);

    @Insert("INSERT INTO plugin_activation (extension_point, plugin_id, updated_at) VALUES (#{point}, #{pluginId}, #{now})")
    void insertActive(@Param("point") String point, @Param("pluginId") String pluginId, @Param("now") long now);

    @Select("SELECT setting_name AS name, setting_value AS value FROM plugin_setting WHERE plugin_id = #{pluginId}")
    List<StoredSetting> settings(@Param("pluginId") String pluginId);

    @Delete("DELETE FROM plugin_setting WHERE plugin_id = #{pluginId}")
    void deleteSettings(@Param("pluginId") String pluginId);

    @Insert("INSERT INTO plugin_setting (plugin_id, setting_name, setting_value) VALUES (#{pluginId}, #{name}, #{value})")
    void insertSetting(@Param("pluginId") String pluginId, @Param("name") String name, @Param("value") String value);
}
