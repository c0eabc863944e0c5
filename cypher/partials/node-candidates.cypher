// Candidates of one kind: the nodes with the ids in `ids` when a relational filter produced them, else (ids is
// null) all of the kind. Only one branch does work: the other is cut off by its test before it touches the store.
CALL (ids) {
  WITH ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (n:Node {id: id}) WHERE n:{{KIND}}
  RETURN n
  UNION ALL
  WITH ids WHERE ids IS NULL
  MATCH (n:{{KIND}})
  RETURN n
}
