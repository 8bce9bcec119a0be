-- Sign-in throttling, shared by every server node on this database. A bucket counts recent failed
-- sign-ins of one account ('account:' and the SHA-256 of the user id as typed, so that a password
-- typed into the user field is never stored) or from one client address ('address:' and the
-- address): each failure pauses the bucket for a growing, capped delay (blocked_until), and too many
-- lock it for a while (locked_until). Nothing here needs an administrator to lift it.
CREATE TABLE sign_in_throttle (
    bucket           VARCHAR(100) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP    NOT NULL,
    blocked_until    TIMESTAMP,
    locked_until     TIMESTAMP
);

CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);

-- Where each account signed in successfully from lately: its usual network, from which the right
-- password still gets in while the account is locked against everyone else.
CREATE TABLE sign_in_address (
    user_id          VARCHAR(255) NOT NULL,
    address          VARCHAR(64)  NOT NULL,
    last_success_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (user_id, address)
);
