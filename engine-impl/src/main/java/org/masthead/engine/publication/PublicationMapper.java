package org.masthead.engine.publication;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code publication} and {@code publication_member}. */
public interface PublicationMapper extends Mapper {
    String COLUMNS = "id, public_id, slug, name, tagline, owner_id, created_at";

    @Insert("INSERT INTO publication (public_id, slug, name, tagline, owner_id, created_at)"
            + " VALUES (#{publicId}, #{slug}, #{name}, #{tagline}, #{ownerId}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("slug") String slug, @Param("name") String name,
                @Param("tagline") String tagline, @Param("ownerId") long ownerId, @Param("now") Instant now);

    @Insert("INSERT INTO publication_member (publication_id, user_id, member_role) VALUES (#{publicationId}, #{userId}, #{role})")
    void insertMember(@Param("publicationId") long publicationId, @Param("userId") long userId, @Param("role") String role);

    @Select("SELECT " + COLUMNS + " FROM publication WHERE public_id = #{publicId}")
    PublicationRow byPublicId(@Param("publicId") String publicId);

    @Select({"<script>SELECT " + COLUMNS + " FROM publication WHERE id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<PublicationRow> byIds(@Param("ids") Collection<Long> ids);

    @Select("SELECT public_id FROM publication WHERE id = #{id}")
    String publicIdOf(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM publication WHERE slug = #{slug}")
    int countSlug(@Param("slug") String slug);

    @Select("SELECT member_role FROM publication_member WHERE publication_id = #{publicationId} AND user_id = #{userId}")
    String roleOf(@Param("publicationId") long publicationId, @Param("userId") long userId);
}
