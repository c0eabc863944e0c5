package de.strategiegraph.neo4j;

import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/** Makes the configured user exist with the configured password (Community: user management only). */
final class Users {
    private Users() {}

    static void ensure(GraphDatabaseService system, String user, String password) {
        if (password.length() < 8) {
            throw new IllegalArgumentException("NEO4J_PASSWORD must have at least 8 characters");
        }
        Map<String, Object> params = Map.of("user", user, "password", password);
        system.executeTransactionally(
                "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to its current value: then there is nothing to do.
            if (!e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }
}
