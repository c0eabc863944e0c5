// One unfiltered page of {{KIND}} nodes by name (see partials/node-page-by-name) and how many there are, from
// the count store, in one round trip.
CALL () {
  MATCH (n:{{KIND}})
  RETURN count(n) AS total
}
{{> node-page-by-name}}
RETURN total, nodes
