// The database's limits on transaction memory (0B: none), so that an import too big for them is refused before it
// writes anything: the total of all transactions (70 % of the heap by default), per database, per transaction.
SHOW SETTINGS YIELD name, value
WHERE name IN ['dbms.memory.transaction.total.max', 'db.memory.transaction.total.max', 'db.memory.transaction.max']
RETURN name, value
