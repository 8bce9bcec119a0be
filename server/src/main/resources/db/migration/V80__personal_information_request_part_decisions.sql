-- What a drafted decision on a correction or suspension request says of each part the request asks
-- for: a correction request's item (by its number, "1", "2", ...) or a suspension request's measure
-- (STOP_USE, ERASE, STOP_PROVISION), granted or refused with its reason. Only granted parts take
-- effect. Drafting again replaces the rows. A disclosure's withheld items are marked on
-- pi_request_item.withheld_ground when it is drafted.
CREATE TABLE pi_request_part_decision (
    request_id  VARCHAR(36)  NOT NULL REFERENCES pi_request (id),
    part        VARCHAR(20)  NOT NULL,
    granted     BOOLEAN      NOT NULL,
    reason      VARCHAR(30),
    PRIMARY KEY (request_id, part)
);

-- A suspension request may ask for several measures (e.g. STOP_PROVISION,ERASE); a correction
-- request grants up to 20 items (1,2,...,20).
ALTER TABLE pi_request ALTER COLUMN suspension_measure SET DATA TYPE VARCHAR(60);
ALTER TABLE pi_request ALTER COLUMN granted_items SET DATA TYPE VARCHAR(60);
