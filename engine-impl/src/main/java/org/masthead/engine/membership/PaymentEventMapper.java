package org.masthead.engine.membership;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code payment_event}. */
public interface PaymentEventMapper extends Mapper {

    /** A refund that arrived before its payment, and how it was reported. */
    record WaitingRefund(String eventId, Instant occurredAt, boolean fullRefund) {
    }

    @Select("SELECT COUNT(*) FROM payment_event WHERE event_id = #{eventId}")
    int count(@Param("eventId") String eventId);

    @Insert("INSERT INTO payment_event (event_id, event_type, subscription, user_id, plan_code, refunds_event,"
            + " full_refund, occurred_at, received_at) VALUES (#{eventId}, #{type}, #{subscription}, #{userId},"
            + " #{planCode,jdbcType=VARCHAR}, #{refunds,jdbcType=VARCHAR}, #{full}, #{occurredAt}, #{now})")
    void insert(@Param("eventId") String eventId, @Param("type") String type,
                @Param("subscription") String subscription, @Param("userId") long userId,
                @Param("planCode") String planCode, @Param("refunds") String refunds, @Param("full") boolean full,
                @Param("occurredAt") Instant occurredAt, @Param("now") Instant now);

    @Update("UPDATE payment_event SET membership_id = #{membershipId} WHERE event_id = #{eventId}")
    void link(@Param("eventId") String eventId, @Param("membershipId") long membershipId);

    /** The period a payment bought, or NULL when that payment has not arrived. */
    @Select("SELECT membership_id FROM payment_event WHERE event_id = #{eventId}"
            + " AND event_type IN ('ACTIVATED', 'RENEWED')")
    Long periodOf(@Param("eventId") String eventId);

    /** A refund of {@code paymentId} that arrived before the payment, waiting for it. */
    @Select("SELECT event_id, occurred_at, full_refund FROM payment_event"
            + " WHERE refunds_event = #{paymentId} AND membership_id IS NULL ORDER BY occurred_at")
    List<WaitingRefund> waitingRefunds(@Param("paymentId") String paymentId);

    /** Whether the subscription was canceled after {@code occurredAt}. */
    @Select("SELECT COUNT(*) FROM payment_event WHERE subscription = #{subscription} AND event_type = 'CANCELED'"
            + " AND occurred_at > #{occurredAt}")
    int cancellationsAfter(@Param("subscription") String subscription, @Param("occurredAt") Instant occurredAt);

    /** The periods bought by payments of the subscription made before {@code occurredAt}. */
    @Select("SELECT membership_id FROM payment_event WHERE subscription = #{subscription}"
            + " AND event_type IN ('ACTIVATED', 'RENEWED') AND occurred_at < #{occurredAt}"
            + " AND membership_id IS NOT NULL")
    List<Long> periodsPaidBefore(@Param("subscription") String subscription, @Param("occurredAt") Instant occurredAt);
}
