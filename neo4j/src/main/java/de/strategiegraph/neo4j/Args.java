package de.strategiegraph.neo4j;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs; anything else is a usage error. */
final class Args {
    private Args() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: Launcher [--port N] [--data DIR], got: " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
