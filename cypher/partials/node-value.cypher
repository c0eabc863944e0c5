// The node pn as the caller asked for it: every property (a map) when $keys is null, else the values of $keys in
// that order (a list; the repository pairs them with the keys), so that a statement reads only what is selected.
// Over another variable x: [pn IN [x] | (this partial)][0].
CASE WHEN $keys IS NULL THEN pn {.*} ELSE [k IN $keys | pn[k]] END
