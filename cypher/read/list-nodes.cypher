// One page of {{KIND}} nodes (see partials/node-page).
{{> node-page}}
RETURN n {.*} AS node
