-- Per municipality: the data key that encrypts its personal data (AES-256-GCM) and the index key of
-- its keyed-hash (HMAC-SHA-256) index. Keys are stored only wrapped by the master key named in
-- master_key_id (AES-256-GCM, bound to municipality, purpose and version); the master key itself
-- never reaches the database. Rotating the master key rewrites wrapped_key and master_key_id only.
CREATE TABLE municipality_key (
    municipality_code VARCHAR(6)   NOT NULL,
    purpose           VARCHAR(10)  NOT NULL,
    key_version       INTEGER      NOT NULL,
    wrapped_key       VARCHAR(200) NOT NULL,
    master_key_id     VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    rewrapped_at      TIMESTAMP,
    CONSTRAINT pk_municipality_key PRIMARY KEY (municipality_code, purpose, key_version),
    CONSTRAINT fk_municipality_key_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_municipality_key_purpose CHECK (purpose IN ('DATA', 'INDEX'))
);
