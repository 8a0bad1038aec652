-- An application's own migration that needs the Pierre schema to be there already.
UPDATE system_settings SET value = 'true' WHERE key = 'auto_approval_enabled';
