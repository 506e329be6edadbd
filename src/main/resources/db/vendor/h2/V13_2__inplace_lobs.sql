-- H2 keeps a CLOB of more than 256 bytes apart from its row, in a LOB store of its own: each article
-- body and each audit row's JSON became a separate LOB object (created, referenced, counted, later
-- cleaned up), about a seventh of an import's storing time. Kept in the row up to 64 KiB, they cost
-- no more than a VARCHAR; larger ones still go to the LOB store.
SET MAX_LENGTH_INPLACE_LOB 65536;
