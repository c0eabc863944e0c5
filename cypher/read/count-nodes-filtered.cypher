// How many {{KIND}} nodes pass the filters ($ids restricts them when not null): counted as they stream by,
// nothing is collected.
WITH $ids AS ids
{{> node-candidates}}
{{> node-filters}}
RETURN count(n) AS count
