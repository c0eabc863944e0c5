// Per kind: lists sorted by name (then id) and keyset pagination read this index in order.
CREATE INDEX {{KIND}}_sort_name_id IF NOT EXISTS FOR (n:{{KIND}}) ON (n.sortName, n.id)
