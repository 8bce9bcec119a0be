-- Every staff account the engine ever had, kept after the account is disabled or deleted so that a
-- user id is never given to another person. Also records when each password was last set (for the
-- expiry period) and whether the account ever administered the installation (which keeps the
-- engine's first-administrator set-up closed for good).
CREATE TABLE staff_account (
    user_id              VARCHAR(255) NOT NULL PRIMARY KEY,
    municipality_code    VARCHAR(6),
    created_at           TIMESTAMP    NOT NULL,
    password_changed_at  TIMESTAMP    NOT NULL,
    admin_since          TIMESTAMP,
    disabled_at          TIMESTAMP,
    disabled_by          VARCHAR(255),
    disabled_reason      VARCHAR(500),
    deleted_at           TIMESTAMP
);
