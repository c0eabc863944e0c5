// Candidates of one kind: the nodes with $ids when a relational filter produced them, else all of the kind.
// Only one branch does work: the other is cut off by its parameter test before it touches the store.
CALL () {
  WITH $ids AS ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (n:Node {id: id}) WHERE n:{{KIND}}
  RETURN n
  UNION ALL
  WITH $ids AS ids WHERE ids IS NULL
  MATCH (n:{{KIND}})
  RETURN n
}
