-- Failed sign-in counts shared by every app instance on the database (see SharedThrottleCounters);
-- a single instance on H2 counts in memory and leaves this table empty.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(120)  NOT NULL PRIMARY KEY,  -- 'account:NAME' or 'address:IP'
    failures      VARCHAR(2000) NOT NULL,              -- recent failure times, epoch ms, comma-separated
    blocks        INT           NOT NULL,              -- blocks so far: the next lasts twice as long
    blocked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL    -- keys quiet for a day are deleted
);
