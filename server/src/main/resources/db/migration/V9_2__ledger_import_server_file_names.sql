-- The name an uploaded file was sent with is never kept (it may hold a name or a My Number): an
-- import is shown under a name the server makes from its id.
UPDATE ledger_import SET file_name = 'ledger-import-' || id || '.csv';
