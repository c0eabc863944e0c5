import { describe, expect, it } from 'vitest';
import { ConfigError, boltUri, loadConfig } from '../../src/config/index.js';

describe('configuration', () => {
  it('defaults to the local launcher: no URI, port 7687, user neo4j, HTTP port 4000', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(boltUri(config)).toBe('bolt://127.0.0.1:7687');
    expect(config.neo4j).toMatchObject({ user: 'neo4j', password: 'strategiegraph', database: 'neo4j' });
    expect(config.http.port).toBe(4000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('follows NEO4J_PORT for the local launcher and NEO4J_URI for an external database', () => {
    expect(boltUri(loadConfig({ NEO4J_PORT: '7700' }))).toBe('bolt://127.0.0.1:7700');
    expect(boltUri(loadConfig({ NEO4J_URI: 'neo4j+s://db.example.org' }))).toBe('neo4j+s://db.example.org');
  });

  it('lists every invalid setting in one clear error', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: 'eighty', NEO4J_PASSWORD: 'short', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "NEO4J_URI must look like bolt://host:7687 or neo4j://host, got 'http://localhost:7474'",
      'NEO4J_PASSWORD must have at least 8 characters (a Neo4j rule)',
      "NODE_ENV must be one of development, production, test, got 'staging'",
      "PORT must be an integer from 0 to 65535, got 'eighty'",
    ]);
  });
});
