-- The operation log (操作ログ): one row per read, search, export or change of specific personal
-- information. Rows are only ever appended; each carries the SHA-256 of its own contents and of the
-- row before it, so an edited, removed or reordered row breaks the chain.
CREATE TABLE access_log (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id            VARCHAR(64)              NOT NULL,
    municipality_code  VARCHAR(6)               NOT NULL,
    action             VARCHAR(16)              NOT NULL,
    subject_type       VARCHAR(32)              NOT NULL,
    subject_id         VARCHAR(128),
    justification      VARCHAR(255),
    client_address     VARCHAR(64),
    previous_hash      VARCHAR(64)              NOT NULL,
    row_hash           VARCHAR(64)              NOT NULL
);

CREATE INDEX access_log_municipality_id ON access_log (municipality_code, id);
CREATE INDEX access_log_municipality_time ON access_log (municipality_code, recorded_at);
CREATE INDEX access_log_user ON access_log (user_id);
CREATE INDEX access_log_subject ON access_log (subject_id);

-- The end of the chain, one row. Every append locks it (SELECT ... FOR UPDATE) until its
-- transaction ends, so appends from every server node sharing the database form one chain; ids are
-- taken from it and have no gaps. Its foreign key also keeps the log's last row from being deleted
-- and the log from being truncated.
CREATE TABLE access_log_head (
    id         SMALLINT    NOT NULL PRIMARY KEY,
    last_id    BIGINT      REFERENCES access_log (id),
    last_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT access_log_head_single_row CHECK (id = 1)
);

-- the genesis value the first row chains from
INSERT INTO access_log_head (id, last_id, last_hash)
VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');
