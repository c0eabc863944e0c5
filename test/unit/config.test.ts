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

  it('makes IRIs from PUBLIC_BASE_URL: a plain http(s) URL, required in production, the local server by default', () => {
    expect(loadConfig({}).linkedData.publicBaseUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '4100' }).linkedData.publicBaseUrl).toBe('http://localhost:4100');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://daten.example.org/strategiegraph/' }).linkedData.publicBaseUrl).toBe('https://daten.example.org/strategiegraph');
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems({ NODE_ENV: 'production' })).toEqual(['PUBLIC_BASE_URL must be set in production: the IRIs of the published graph are made from it']);
    for (const bad of ['ftp://example.org', 'https://example.org/?a=1', 'https://example.org/#x', 'https://user:pw@example.org', 'example.org']) {
      expect(problems({ PUBLIC_BASE_URL: bad }), bad).toEqual([expect.stringContaining('PUBLIC_BASE_URL must be an http(s) URL')]);
    }
  });

  it('checks the SPARQL limits and the DCAT-AP.de settings', () => {
    const { linkedData } = loadConfig({ PUBLIC_BASE_URL: 'https://daten.example.org' });
    expect(linkedData.sparql).toEqual({ timeoutMs: 15_000, maxResultBytes: 10_000_000 });
    expect(linkedData.catalogue).toEqual({ publisher: 'Strategiegraph', publisherUrl: 'https://daten.example.org', contactEmail: undefined, license: 'http://dcat-ap.de/def/licenses/cc-by/4.0', contributorId: undefined });
    let error: unknown;
    try {
      loadConfig({ SPARQL_TIMEOUT_MS: '5', DCAT_LICENSE: 'https://example.org/licence', DCAT_CONTRIBUTOR_ID: 'fitko', DCAT_CONTACT_EMAIL: 'nobody' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      "DCAT_LICENSE must be an IRI of the DCAT-AP.de licence list (http://dcat-ap.de/def/licenses/…), got 'https://example.org/licence'",
      "DCAT_CONTRIBUTOR_ID must be an IRI of GovData's contributor list (http://dcat-ap.de/def/contributors/…), got 'fitko'",
      "DCAT_CONTACT_EMAIL must be an e-mail address, got 'nobody'",
      "SPARQL_TIMEOUT_MS must be an integer from 100 to 3600000, got '5'",
    ]);
  });
});
