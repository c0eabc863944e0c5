// One page of {{KIND}} nodes (see partials/node-page) and how many pass the filters, in one round trip: the
// count streams (nothing is collected but the page).
CALL () {
  {{> node-candidates}}
  {{> node-filters}}
  RETURN count(n) AS total
}
CALL () {
  {{> node-page}}
  RETURN collect(n {.*}) AS nodes
}
RETURN total, nodes
