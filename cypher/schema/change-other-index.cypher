// … or by the other end of a relationship they are about.
CREATE INDEX change_other IF NOT EXISTS FOR (c:Change) ON (c.otherId)
