package org.masthead.engine.partner;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code partner_enrolment} and of stories' earning blocks. */
public interface PartnerMapper extends Mapper {

    /** An enrolment as stored, with the writer's names. */
    record EnrolmentRow(long userId, String publicId, String username, String country, boolean ageConfirmed,
                        String payoutReference, String source, Instant enrolledAt) {
    }

    /** A story its writer cannot earn from, and why. */
    record BlockedRow(String publicId, String title, String earningBlock) {
    }

    String ENROLMENT = "SELECT e.user_id, u.public_id, u.username, e.country, e.age_confirmed, e.payout_reference,"
            + " e.source, e.enrolled_at FROM partner_enrolment e JOIN app_user u ON u.id = e.user_id";

    @Select(ENROLMENT + " WHERE e.user_id = #{userId}")
    EnrolmentRow enrolment(@Param("userId") long userId);

    @Select(ENROLMENT + " ORDER BY u.username")
    List<EnrolmentRow> enrolments();

    @Insert("INSERT INTO partner_enrolment (user_id, country, age_confirmed, payout_reference, source, enrolled_at,"
            + " updated_at) VALUES (#{userId}, #{country}, #{ageConfirmed}, #{payoutReference,jdbcType=VARCHAR},"
            + " #{source}, #{now}, #{now})")
    void enrol(@Param("userId") long userId, @Param("country") String country,
               @Param("ageConfirmed") boolean ageConfirmed, @Param("payoutReference") String payoutReference,
               @Param("source") String source, @Param("now") Instant now);

    @Delete("DELETE FROM partner_enrolment WHERE user_id = #{userId}")
    int leave(@Param("userId") long userId);

    @Select("SELECT COUNT(*) FROM partner_enrolment WHERE user_id = #{userId}")
    int isEnrolled(@Param("userId") long userId);

    /** When the writer last first-published a story (responses are not stories), or NULL. */
    @Select("SELECT MAX(first_published_at) FROM story WHERE author_id = #{userId} AND parent_id IS NULL"
            + " AND deleted_at IS NULL AND first_published_at IS NOT NULL")
    Instant lastPublished(@Param("userId") long userId);

    @Update("UPDATE story SET earning_block = #{block,jdbcType=VARCHAR} WHERE id = #{storyId}")
    void block(@Param("storyId") long storyId, @Param("block") String block);

    @Select("SELECT public_id, title, earning_block FROM story WHERE author_id = #{userId}"
            + " AND earning_block IS NOT NULL AND deleted_at IS NULL ORDER BY id DESC")
    List<BlockedRow> blocked(@Param("userId") long userId);
}
