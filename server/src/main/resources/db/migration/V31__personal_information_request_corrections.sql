-- The ledger corrections a granted correction request made, by the request's item number: the
-- notice step sends exactly these to VRS and the recipients.
CREATE TABLE pi_request_correction (
    request_id      VARCHAR(36)  NOT NULL REFERENCES pi_request (id),
    item_no         INTEGER      NOT NULL,
    dose_id         BIGINT       NOT NULL,
    correction_id   BIGINT       NOT NULL,
    changed         BOOLEAN      NOT NULL,
    PRIMARY KEY (request_id, item_no)
);
