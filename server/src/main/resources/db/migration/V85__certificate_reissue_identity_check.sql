-- A reissued certificate keeps the 本人確認 (番号法第16条) the clerk made for it at the counter: the
-- documents the applicant showed, the passport comparison for a certificate for travel, and the
-- decision table (key:version) that found them sufficient. Empty for a first issue, whose check is
-- the verify-applicant task's (or the My Number card's, electronically).
ALTER TABLE certificate ADD COLUMN applicant_number_document VARCHAR(40);
ALTER TABLE certificate ADD COLUMN applicant_identity_document VARCHAR(40);
ALTER TABLE certificate ADD COLUMN applicant_passport_check VARCHAR(20);
ALTER TABLE certificate ADD COLUMN identity_decision VARCHAR(120);
