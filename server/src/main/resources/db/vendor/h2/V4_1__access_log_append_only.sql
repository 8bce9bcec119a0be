-- The log is append-only: UPDATE and DELETE are refused by a trigger class on the server's
-- classpath; TRUNCATE is refused by H2 itself because access_log_head references the log.
CREATE TRIGGER access_log_append_only
    BEFORE UPDATE, DELETE ON access_log
    CALL 'jp.vaccinationoffice.caseserver.accesslog.AppendOnlyTrigger';

-- the head moves forward with every append, but is never removed
CREATE TRIGGER access_log_head_kept
    BEFORE DELETE ON access_log_head
    CALL 'jp.vaccinationoffice.caseserver.accesslog.AppendOnlyTrigger';
