// Revokes a key (kept, so the history can still name it).
MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL
SET k.revokedAt = datetime(), k.revokedBy = $revokedBy
RETURN k.id AS id
