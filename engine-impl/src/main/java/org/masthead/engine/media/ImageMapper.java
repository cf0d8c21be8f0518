package org.masthead.engine.media;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code image}. */
public interface ImageMapper extends Mapper {
    String COLUMNS = "id, public_id, owner_id, blob_key, width, height, content_type, created_at";

    @Insert("INSERT INTO image (public_id, owner_id, blob_key, width, height, content_type, created_at)"
            + " VALUES (#{publicId}, #{ownerId}, #{blobKey}, #{width}, #{height}, #{contentType}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("ownerId") long ownerId, @Param("blobKey") String blobKey,
                @Param("width") int width, @Param("height") int height, @Param("contentType") String contentType,
                @Param("now") Instant now);

    @Select("SELECT " + COLUMNS + " FROM image WHERE public_id = #{publicId}")
    ImageRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM image WHERE id = #{id}")
    ImageRow byId(@Param("id") long id);

    @Delete("DELETE FROM image WHERE id = #{id}")
    void delete(@Param("id") long id);
}
