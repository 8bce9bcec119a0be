-- Challenges a My Number card signs (electronic certificate requests, resident sign-in): each is
-- issued to one channel account for one purpose, lives a short while and is used at most once. The
-- row is the only record, so every server node on this database agrees; the update that marks it
-- used is the one place a replay is decided.
CREATE TABLE jpki_challenge (
    challenge_id  VARCHAR(36)              NOT NULL PRIMARY KEY,
    challenge     VARCHAR(64)              NOT NULL,
    purpose       VARCHAR(40)              NOT NULL,
    issued_to     VARCHAR(64)              NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX jpki_challenge_expires ON jpki_challenge (expires_at);
