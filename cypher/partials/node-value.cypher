// The node n as the caller asked for it: every property (a map) when $keys is null, else the values of $keys in
// that order (a list; the repository pairs them with the keys), so that a page reads only what is selected.
CASE WHEN $keys IS NULL THEN n {.*} ELSE [k IN $keys | n[k]] END
