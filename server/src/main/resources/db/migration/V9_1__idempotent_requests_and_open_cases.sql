-- Creating requests made idempotent by the client's Idempotency-Key: one row per municipality,
-- operation and key, written in the transaction that stores what the request created. request_hash
-- is an HMAC of the request's canonical form under the municipality's index key; answer is the JSON
-- answer given first (identifiers and a status, no personal data).
CREATE TABLE idempotent_request (
    municipality_code   VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    operation           VARCHAR(40)   NOT NULL,
    idempotency_key     VARCHAR(100)  NOT NULL,
    request_hash        VARCHAR(64)   NOT NULL,
    answer              VARCHAR(2000),
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        TIMESTAMP     NOT NULL,
    PRIMARY KEY (municipality_code, operation, idempotency_key)
);

-- At most one open case of a type per person and municipality: open_subject_index holds the My
-- Number index while the case's process runs and is cleared when it ends. NULLs do not collide in a
-- unique index (H2 and PostgreSQL alike), so closed cases never block a new one.
ALTER TABLE case_file ADD COLUMN open_subject_index VARCHAR(64);
UPDATE case_file c SET open_subject_index = my_number_index
WHERE status IN ('RECEIVED', 'QUERYING_VRS', 'RECORDS_NOT_FOUND')
  AND NOT EXISTS (SELECT 1 FROM case_file d
                  WHERE d.case_type = c.case_type AND d.municipality_code = c.municipality_code
                    AND d.my_number_index = c.my_number_index
                    AND d.status IN ('RECEIVED', 'QUERYING_VRS', 'RECORDS_NOT_FOUND')
                    AND (d.created_at > c.created_at OR (d.created_at = c.created_at AND d.id > c.id)));
CREATE UNIQUE INDEX case_file_open_subject ON case_file (case_type, municipality_code, open_subject_index);
