-- An area import made by a script with an API token names the token, as event_audit does (V11).
ALTER TABLE control_audit ADD COLUMN via_token VARCHAR(100);
