// Known budgets per Schwerpunktthema, each amount once (see partials/budget-totals), with every
// Schwerpunktthema as a row.
MATCH (x:Project|Programme)
WHERE {{VALID x}}
CALL (x) {
  {{> budget-groups-focus-area}}
}
WITH collect({x: x, groups: groups}) AS items
{{> budget-totals}}
CALL (stats) {
  MATCH (g:FocusArea)
  WHERE {{VALID g}}
  {{> budget-rows}}
}
RETURN rows, totalKnownEur, unassignedEur
