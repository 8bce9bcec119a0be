-- The certificates a dose correction revoked, so that a repeated step answers them again.
ALTER TABLE ledger_dose_correction ADD COLUMN revoked_certificate_ids VARCHAR(1000);
