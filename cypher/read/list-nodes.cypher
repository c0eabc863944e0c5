// One page of {{KIND}} nodes (see partials/node-page); $ids restricts them when not null.
WITH $ids AS ids
{{> node-page}}
RETURN [pn IN [n] | {{> node-value}}][0] AS node
