-- Every call to a national system, keyed by its idempotency key and written before the call is
-- sent, so that a retried or duplicated external task reuses the key and has one effect.
-- Timestamps are UTC. completed_at stays NULL until the call got an answer.
CREATE TABLE national_system_call (
    idempotency_key VARCHAR(64)  NOT NULL,
    case_id         VARCHAR(100) NOT NULL,
    activity_id     VARCHAR(255) NOT NULL,
    activity_scope  VARCHAR(255) NOT NULL,
    national_system VARCHAR(20)  NOT NULL,
    operation       VARCHAR(40)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    last_attempt_at TIMESTAMP    NOT NULL,
    completed_at    TIMESTAMP,
    outcome         VARCHAR(40),
    CONSTRAINT pk_national_system_call PRIMARY KEY (idempotency_key)
);

CREATE INDEX ix_national_system_call_case ON national_system_call (case_id);
