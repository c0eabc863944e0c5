// Known budgets per lead institution, each amount once (see partials/budget-totals): a project or programme led
// by several institutions, or by none, goes to unassignedEur. A row for every institution that leads something.
MATCH (x:Project|Programme)
CALL (x) {
  {{> budget-groups-institution}}
}
WITH collect({x: x, groups: groups}) AS items
{{> budget-totals}}
CALL (stats) {
  MATCH (g:Institution)
  WHERE EXISTS { (g)<-[:LED_BY]-(:Project|Programme) }
  {{> budget-rows}}
}
RETURN rows, totalKnownEur, unassignedEur
