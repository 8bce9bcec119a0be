-- Days a municipality's office is closed besides Saturdays, Sundays, national holidays and 12/29–1/3
-- (its own 休日 under 地方自治法第4条の2, e.g. a local holiday or a day the office moves), set by its
-- administrators. A statutory deadline that falls on one of them moves to the next open day.
CREATE TABLE office_closed_day (
    municipality_code VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    closed_on         DATE         NOT NULL,
    reason            VARCHAR(200) NOT NULL,
    set_by            VARCHAR(64)  NOT NULL,
    set_at            TIMESTAMP    NOT NULL,
    PRIMARY KEY (municipality_code, closed_on)
);
