package org.masthead.engine.publication;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code publication}, {@code publication_member} and {@code publication_feature}. */
public interface PublicationMapper extends Mapper {
    String COLUMNS = "id, public_id, slug, name, tagline, description, owner_id, created_at, deleted_at";

    /** A contributor of a publication. */
    record ContributorRow(String userId, String username, String displayName, String memberRole) {
    }

    @Insert("INSERT INTO publication (public_id, slug, name, tagline, owner_id, created_at)"
            + " VALUES (#{publicId}, #{slug}, #{name}, #{tagline}, #{ownerId}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("slug") String slug, @Param("name") String name,
                @Param("tagline") String tagline, @Param("ownerId") long ownerId, @Param("now") Instant now);

    @Update("UPDATE publication SET name = #{name}, tagline = #{tagline}, description = #{description} WHERE id = #{id}")
    void updateSettings(@Param("id") long id, @Param("name") String name, @Param("tagline") String tagline,
                        @Param("description") String description);

    @Update("UPDATE publication SET deleted_at = #{now} WHERE id = #{id}")
    void softDelete(@Param("id") long id, @Param("now") Instant now);

    @Insert("INSERT INTO publication_member (publication_id, user_id, member_role) VALUES (#{publicationId}, #{userId}, #{role})")
    void insertMember(@Param("publicationId") long publicationId, @Param("userId") long userId, @Param("role") String role);

    @Delete("DELETE FROM publication_member WHERE publication_id = #{publicationId} AND user_id = #{userId}")
    void deleteMember(@Param("publicationId") long publicationId, @Param("userId") long userId);

    @Select("SELECT " + COLUMNS + " FROM publication WHERE public_id = #{publicId} AND deleted_at IS NULL")
    PublicationRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM publication WHERE slug = #{slug} AND deleted_at IS NULL")
    PublicationRow bySlug(@Param("slug") String slug);

    @Select("SELECT " + COLUMNS + " FROM publication WHERE id = #{id}")
    PublicationRow byId(@Param("id") long id);

    @Select({"<script>SELECT " + COLUMNS + " FROM publication WHERE id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<PublicationRow> byIds(@Param("ids") Collection<Long> ids);

    @Select("SELECT public_id FROM publication WHERE id = #{id}")
    String publicIdOf(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM publication WHERE slug = #{slug}")
    int countSlug(@Param("slug") String slug);

    @Select("SELECT member_role FROM publication_member WHERE publication_id = #{publicationId} AND user_id = #{userId}")
    String roleOf(@Param("publicationId") long publicationId, @Param("userId") long userId);

    @Select("SELECT u.public_id AS user_id, u.username, u.display_name, m.member_role FROM publication_member m"
            + " JOIN app_user u ON u.id = m.user_id WHERE m.publication_id = #{publicationId} ORDER BY u.username")
    List<ContributorRow> contributors(@Param("publicationId") long publicationId);

    @Select("SELECT p.id, p.public_id, p.slug, p.name, p.tagline, p.description, p.owner_id, p.created_at, p.deleted_at"
            + " FROM publication p JOIN publication_member m ON m.publication_id = p.id"
            + " WHERE m.user_id = #{userId} AND p.deleted_at IS NULL ORDER BY p.name")
    List<PublicationRow> ofUser(@Param("userId") long userId);

    @Insert("INSERT INTO publication_feature (publication_id, story_id, featured_by, featured_at)"
            + " VALUES (#{publicationId}, #{storyId}, #{by}, #{now})")
    void insertFeature(@Param("publicationId") long publicationId, @Param("storyId") long storyId,
                       @Param("by") long by, @Param("now") Instant now);

    @Delete("DELETE FROM publication_feature WHERE publication_id = #{publicationId} AND story_id = #{storyId}")
    int deleteFeature(@Param("publicationId") long publicationId, @Param("storyId") long storyId);

    @Select("SELECT COUNT(*) FROM publication_feature WHERE publication_id = #{publicationId} AND story_id = #{storyId}")
    int countFeature(@Param("publicationId") long publicationId, @Param("storyId") long storyId);

    @Select("SELECT story_id FROM publication_feature WHERE publication_id = #{publicationId}"
            + " ORDER BY featured_at DESC OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY")
    List<Long> featured(@Param("publicationId") long publicationId);
}
