-- Every event the payment provider's signed webhook delivered, kept once per event id: a redelivery finds its row and
-- changes nothing. Events may arrive in any order; each is applied by when it happened (occurred_at), not by when
-- it arrived, so the final state is the same whatever the order of delivery.
CREATE TABLE payment_event (
    event_id VARCHAR(100) NOT NULL PRIMARY KEY,
    event_type VARCHAR(12) NOT NULL,
    subscription VARCHAR(100) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    plan_code VARCHAR(40),
    -- A refund names the payment (the ACTIVATED or RENEWED event) it refunds.
    refunds_event VARCHAR(100),
    -- A refund of the whole payment (a chargeback) voids its period from the first day.
    full_refund BOOLEAN NOT NULL,
    occurred_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    -- A payment: the period it bought. A refund: the period it ended, NULL while its payment has not arrived.
    membership_id BIGINT REFERENCES membership (id)
);
CREATE INDEX payment_event_subscription ON payment_event (subscription, event_type, occurred_at);
CREATE INDEX payment_event_refunds ON payment_event (refunds_event);
