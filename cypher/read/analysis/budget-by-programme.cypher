// Known budgets per programme: its own and those of its projects, each amount once (see partials/budget-totals);
// a project in several programmes goes to unassignedEur. Every programme is a row.
MATCH (x:Project|Programme)
WHERE {{VALID x}}
CALL (x) {
  {{> budget-groups-programme}}
}
WITH collect({x: x, groups: groups}) AS items
{{> budget-totals}}
CALL (stats) {
  MATCH (g:Programme)
  WHERE {{VALID g}}
  {{> budget-rows}}
}
RETURN rows, totalKnownEur, unassignedEur
