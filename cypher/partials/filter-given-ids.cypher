// No relational filter to resolve: the ids given ($ids: those other filters left, or null for the whole kind).
WITH null AS misses, $ids AS ids
