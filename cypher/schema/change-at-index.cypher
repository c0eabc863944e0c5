// The newest change first: the linked-data snapshot's version stamp reads the top of this index.
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)
