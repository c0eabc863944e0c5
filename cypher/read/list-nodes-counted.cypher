// One page of {{KIND}} nodes and how many pass the filters, in one round trip (see partials/node-page-counted);
// $ids restricts them when not null.
WITH $ids AS ids
{{> node-page-counted}}
RETURN total, nodes
