package de.strategiegraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j 5.26 Community embedded with the Bolt connector on 127.0.0.1, authentication on.
 *
 * <p>Arguments: {@code --port N} (0 picks a free port), {@code --data DIR} (the Neo4j home: the
 * store lives under DIR/data). The user and password come from NEO4J_USER / NEO4J_PASSWORD and
 * are (re)applied at every start, so the environment is the single source of truth.
 *
 * <p>With {@code --exit-on-stdin-eof true} the server also stops when its standard input closes, so a
 * parent process that dies (even by SIGKILL) never leaves an orphaned database behind.
 *
 * <p>Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:PORT} once Bolt accepts
 * connections; SIGTERM/SIGINT run a shutdown hook that checkpoints and closes the store, then
 * prints {@code NEO4J_STOPPED} and exits with status 0.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> opts = Args.parse(args);
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        Path home = Path.of(opts.getOrDefault("data", ".neo4j")).toAbsolutePath();
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "strategiegraph");
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "512"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))
                // A local server has no clients worth waiting 10 s for at shutdown.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
            // The store is closed: report a clean stop as exit status 0 (not the JVM's 143 for SIGTERM).
            Runtime.getRuntime().halt(0);
        }, "neo4j-shutdown"));

        Users.ensure(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int boundPort = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + boundPort);
        System.out.flush();
        if (Boolean.parseBoolean(opts.getOrDefault("exit-on-stdin-eof", "false"))) {
            Thread watcher = new Thread(Launcher::exitOnStdinEof, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void exitOnStdinEof() {
        try {
            while (System.in.read() != -1) {
                // the parent writes nothing; we only wait for the pipe to close
            }
        } catch (java.io.IOException e) {
            // a broken pipe means the parent is gone, too
        }
        System.exit(0);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
