-- The log is append-only for everyone, the table owner included (the server usually connects as
-- the owner, whom REVOKE does not bind). An operator who must repair the table has to disable the
-- trigger explicitly, which is itself visible in the database's own logs, and the hash chain still
-- shows every row that was changed.
CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

-- the head moves forward with every append, but is never removed
CREATE TRIGGER access_log_head_kept
    BEFORE DELETE ON access_log_head
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

CREATE TRIGGER access_log_head_no_truncate
    BEFORE TRUNCATE ON access_log_head
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
