// A new API key. Only the hash of its secret is stored.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $createdBy})
RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt
