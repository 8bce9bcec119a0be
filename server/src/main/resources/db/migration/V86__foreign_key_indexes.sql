-- PostgreSQL does not index a foreign key by itself (H2 does): without these, finding a case's
-- consent or notices, or a request's decisions, reads the whole table.
CREATE INDEX consent_case ON consent (case_id);
CREATE INDEX resident_notice_case ON resident_notice (case_id, kind);
CREATE INDEX pi_request_decision_request ON pi_request_decision (request_id);
CREATE INDEX provision_inquiry_municipality ON provision_inquiry (municipality_code);
