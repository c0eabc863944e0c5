// After `ids` (null = the whole kind): how many {{KIND}} nodes pass the property filters (`total`, counted as
// they stream by) and one page of them (`nodes`, see partials/node-page).
CALL (ids) {
  {{> node-candidates}}
  {{> node-filters}}
  RETURN count(n) AS total
}
CALL (ids) {
  {{> node-page}}
  RETURN collect([pn IN [n] | {{> node-value}}][0]) AS nodes
}
