// Per kind: lists sorted by name (then id) and keyset pagination read this index in order.
CREATE INDEX {{KIND}}_name_id IF NOT EXISTS FOR (n:{{KIND}}) ON (n.name, n.id)
