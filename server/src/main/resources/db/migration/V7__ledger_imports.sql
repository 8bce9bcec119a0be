-- Imports of the health management system's CSV export into the ledger. A file is imported whole
-- or not at all; the errors of a rejected file are kept so that the clerk can correct the export.
CREATE TABLE ledger_import (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    municipality_code   VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    file_name           VARCHAR(255),
    file_sha256         VARCHAR(64)   NOT NULL,
    file_bytes          BIGINT        NOT NULL,
    encoding            VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    phase               VARCHAR(20),
    rows_total          INTEGER,
    rows_imported       INTEGER       NOT NULL,
    persons_added       INTEGER,
    persons_updated     INTEGER,
    doses_added         INTEGER,
    doses_unchanged     INTEGER,
    error_count         INTEGER       NOT NULL,
    failure             VARCHAR(300),
    started_by          VARCHAR(64)   NOT NULL,
    started_at          TIMESTAMP     NOT NULL,
    progress_at         TIMESTAMP     NOT NULL,
    finished_at         TIMESTAMP
);
CREATE INDEX ledger_import_municipality ON ledger_import (municipality_code, started_at);

CREATE TABLE ledger_import_error (
    import_id       VARCHAR(36)   NOT NULL REFERENCES ledger_import (id),
    seq             INTEGER       NOT NULL,
    line            INTEGER       NOT NULL,
    column_name     VARCHAR(30),
    message         VARCHAR(300)  NOT NULL,
    PRIMARY KEY (import_id, seq)
);

ALTER TABLE ledger_person ADD COLUMN updated_at TIMESTAMP;
