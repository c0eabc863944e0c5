MATCH (k:ApiKey {id: $id})
RETURN k.id AS id, k.role AS role, k.hash AS hash, k.revokedAt IS NOT NULL AS revoked
