// Of the given nodes, those whose last change was not an import: changed (or created, or restored) through the
// API since they were last imported. An import that replaces one of them overwrites that edit, and says so.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Change {targetId: id})
  WHERE c.operation IN ['CREATE_NODE', 'UPDATE_NODE', 'RESTORE_NODE', 'IMPORT_NODE']
  RETURN c
  ORDER BY c.at DESC
  LIMIT 1
}
WITH id, c
WHERE c.operation <> 'IMPORT_NODE'
RETURN id, c.operation AS operation, c.at AS at
