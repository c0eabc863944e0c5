// How many {{KIND}} nodes there are, when no filter applies: read from the count store, nothing is scanned.
MATCH (n:{{KIND}})
RETURN count(n) AS count
