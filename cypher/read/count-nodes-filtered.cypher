// How many {{KIND}} nodes pass the filters: counted as they stream by, nothing is collected.
{{> node-candidates}}
{{> node-filters}}
RETURN count(n) AS count
