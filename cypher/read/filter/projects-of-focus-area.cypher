// Ids of the projects of a Schwerpunktthema.
MATCH (f:FocusArea {id: $focusArea})
{{> projects-of-focus-area}}
RETURN collect(DISTINCT p.id) AS ids
