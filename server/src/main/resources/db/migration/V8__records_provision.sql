-- Inquiries of other municipalities about people who moved away, as VRS delivers them.
CREATE TABLE provision_inquiry (
    id                              VARCHAR(64)  NOT NULL PRIMARY KEY,
    municipality_code               VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    requesting_municipality_code    VARCHAR(6)   NOT NULL,
    my_number_sealed                VARCHAR(200) NOT NULL,
    my_number_index                 VARCHAR(64)  NOT NULL,
    status                          VARCHAR(30)  NOT NULL,
    ledger_person_id                VARCHAR(36),
    process_instance_id             VARCHAR(64),
    decision_key                    VARCHAR(100),
    decision_version                INTEGER,
    legal_basis                     VARCHAR(100),
    approval_decision               VARCHAR(10),
    approver                        VARCHAR(64),
    approved_at                     TIMESTAMP,
    received_at                     TIMESTAMP    NOT NULL
);

-- 情報提供等の記録: one row for every answer given, whatever it was; kept and sent to the intermediate server.
CREATE TABLE provision_record (
    id                              VARCHAR(36)  NOT NULL PRIMARY KEY,
    inquiry_id                      VARCHAR(64)  NOT NULL UNIQUE REFERENCES provision_inquiry (id),
    municipality_code               VARCHAR(6)   NOT NULL,
    requesting_municipality_code    VARCHAR(6)   NOT NULL,
    ledger_person_id                VARCHAR(36),
    outcome                         VARCHAR(20)  NOT NULL,
    items_provided                  VARCHAR(300) NOT NULL,
    legal_basis                     VARCHAR(100) NOT NULL,
    decision_key                    VARCHAR(100) NOT NULL,
    decision_version                INTEGER      NOT NULL,
    approver                        VARCHAR(64),
    recorded_at                     TIMESTAMP    NOT NULL,
    intermediate_record_id          VARCHAR(64)
);
CREATE INDEX provision_record_search ON provision_record (municipality_code, recorded_at);
