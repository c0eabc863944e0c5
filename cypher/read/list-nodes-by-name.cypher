// One unfiltered page of {{KIND}} nodes by name (see partials/node-page-by-name).
{{> node-page-by-name}}
UNWIND nodes AS node
RETURN node
