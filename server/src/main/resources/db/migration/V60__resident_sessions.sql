-- Sessions of residents signed in to the portal. Separate from staff sessions: a resident's cookie
-- is looked up here only, by the SHA-256 of its value (the value itself is never stored).
CREATE TABLE resident_session (
    token_hash        VARCHAR(64)  NOT NULL PRIMARY KEY,
    resident_id       VARCHAR(36)  NOT NULL,
    municipality_code VARCHAR(6)   NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    last_seen_at      TIMESTAMP    NOT NULL,
    ended_at          TIMESTAMP
);
CREATE INDEX resident_session_resident ON resident_session (resident_id);
