// Known budgets per lead institution, each amount once (see partials/budget-totals): a project or programme led
// by several institutions, or by none, goes to unassignedEur. A row for every institution that leads something.
MATCH (x:Project|Programme)
WHERE {{VALID x}}
CALL (x) {
  {{> budget-groups-institution}}
}
WITH collect({x: x, groups: groups}) AS items
{{> budget-totals}}
CALL (stats) {
  MATCH (g:Institution)
  WHERE {{VALID g}} AND EXISTS { (g)<-[r:LED_BY]-(x:Project|Programme) WHERE {{VALID_HOP x r}} AND {{VALID x}} }
  {{> budget-rows}}
}
RETURN rows, totalKnownEur, unassignedEur
