package org.masthead.engine.membership;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code membership_plan} and {@code membership}. */
public interface MembershipMapper extends Mapper {
    String PLAN = "SELECT id, code, name, period, price_minor, currency, created_at FROM membership_plan";
    String MEMBERSHIP = "SELECT m.id, m.public_id, m.user_id, p.code AS plan_code, m.source, m.external_ref, m.state,"
            + " m.price_minor, m.currency, m.start_day, m.period_end_day, m.end_day, m.created_at"
            + " FROM membership m JOIN membership_plan p ON p.id = m.plan_id";

    /** A plan as stored. */
    record PlanRow(long id, String code, String name, String period, long priceMinor, String currency,
                   Instant createdAt) {
    }

    /** A membership period as stored. */
    record MembershipRow(long id, String publicId, long userId, String planCode, String source, String externalRef,
                         String state, long priceMinor, String currency, int startDay, int periodEndDay, int endDay,
                         Instant createdAt) {
    }

    @Insert("INSERT INTO membership_plan (code, name, period, price_minor, currency, created_at)"
            + " VALUES (#{code}, #{name}, #{period}, #{priceMinor}, #{currency}, #{now})")
    void insertPlan(@Param("code") String code, @Param("name") String name, @Param("period") String period,
                    @Param("priceMinor") long priceMinor, @Param("currency") String currency,
                    @Param("now") Instant now);

    @Select(PLAN + " ORDER BY price_minor, code")
    List<PlanRow> plans();

    @Select(PLAN + " WHERE code = #{code}")
    PlanRow plan(@Param("code") String code);

    @Insert("INSERT INTO membership (public_id, user_id, plan_id, source, external_ref, state, price_minor, currency,"
            + " start_day, period_end_day, end_day, created_at, updated_at) VALUES (#{publicId}, #{userId}, #{planId},"
            + " #{source}, #{externalRef,jdbcType=VARCHAR}, 'ACTIVE', #{priceMinor}, #{currency}, #{startDay},"
            + " #{periodEndDay}, #{periodEndDay}, #{now}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("userId") long userId, @Param("planId") long planId,
                @Param("source") String source, @Param("externalRef") String externalRef,
                @Param("priceMinor") long priceMinor, @Param("currency") String currency,
                @Param("startDay") int startDay, @Param("periodEndDay") int periodEndDay, @Param("now") Instant now);

    @Select(MEMBERSHIP + " WHERE m.user_id = #{userId} ORDER BY m.start_day DESC, m.id DESC")
    List<MembershipRow> ofUser(@Param("userId") long userId);

    @Select(MEMBERSHIP + " WHERE m.public_id = #{publicId}")
    MembershipRow byPublicId(@Param("publicId") String publicId);

    /** The day the person's last membership ends, or NULL; a new period starts there so periods never overlap. */
    @Select("SELECT MAX(end_day) FROM membership WHERE user_id = #{userId}")
    Integer lastEndDay(@Param("userId") long userId);

    @Select(MEMBERSHIP + " WHERE m.id = #{id}")
    MembershipRow byId(@Param("id") long id);

    /** Ends an ACTIVE period (or one in {@code alsoFrom}); 0 when it was in neither state. */
    @Update("UPDATE membership SET state = #{state}, end_day = #{endDay}, updated_at = #{now}"
            + " WHERE id = #{id} AND state IN ('ACTIVE', #{alsoFrom})")
    int end(@Param("id") long id, @Param("state") String state, @Param("alsoFrom") String alsoFrom,
            @Param("endDay") int endDay, @Param("now") Instant now);

    /** Makes {@code app_user.member_until} (what the rest of the engine reads) agree with the periods. */
    @Update("UPDATE app_user SET member_until = (SELECT CAST(MAX(end_day) AS BIGINT) * 86400000 FROM membership m"
            + " WHERE m.user_id = app_user.id AND m.end_day > m.start_day) WHERE id = #{userId}")
    void syncMemberUntil(@Param("userId") long userId);

    /** Renewing periods in force on a day, per plan period and currency. */
    record RenewingRow(String period, String currency, long priceMinor) {
    }

    @Select("SELECT p.period, m.currency, SUM(m.price_minor) AS price_minor FROM membership m"
            + " JOIN membership_plan p ON p.id = m.plan_id WHERE m.state = 'ACTIVE' AND m.start_day <= #{day}"
            + " AND m.end_day > #{day} GROUP BY p.period, m.currency")
    List<RenewingRow> renewing(@Param("day") int day);

    @Select("SELECT COUNT(DISTINCT user_id) FROM membership WHERE start_day <= #{day} AND end_day > #{day}")
    long members(@Param("day") int day);

    /** Serializes changes to one person's memberships. */
    @Update("UPDATE app_user SET member_until = member_until WHERE id = #{userId}")
    void lockUser(@Param("userId") long userId);
}
