-- Residents who signed in to the portal with their My Number card. The first sign-in links the
-- card's user-authentication certificate to the person found in the ledger by the J-LIS-signed My
-- Number; later sign-ins need only the certificate. Both are kept as keyed hashes (HMAC under the
-- municipality's index key), never in clear; the name shown on the portal is sealed.
CREATE TABLE resident_account (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    municipality_code      VARCHAR(6)   NOT NULL,
    person_index           VARCHAR(64)  NOT NULL,
    certificate_index      VARCHAR(64)  NOT NULL,
    name_sealed            VARCHAR(500) NOT NULL,
    created_at             TIMESTAMP    NOT NULL,
    last_signed_in_at      TIMESTAMP    NOT NULL,
    CONSTRAINT resident_account_person UNIQUE (municipality_code, person_index),
    CONSTRAINT resident_account_certificate UNIQUE (municipality_code, certificate_index)
);
