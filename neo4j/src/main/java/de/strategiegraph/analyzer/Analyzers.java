package de.strategiegraph.analyzer;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * Strategiegraph's full-text analyzers for Neo4j, registered through Neo4j's {@link AnalyzerProvider} service
 * interface (META-INF/services/org.neo4j.graphdb.schema.AnalyzerProvider): on the launcher's class path, and as
 * the plugin jar neo4j/target/plugins/strategiegraph-analyzer.jar in a Neo4j server's plugins folder. Each index
 * analyzer has a query twin that cypher/read/search.cypher names in its {analyzer: …} option.
 */
public final class Analyzers {
    private Analyzers() {}

    /** German words with the parts of compounds (index node_search). */
    public static final class German extends AnalyzerProvider {
        public German() {
            super("strategiegraph-german");
        }

        @Override
        public Analyzer createAnalyzer() {
            return new GermanSearchAnalyzer(GermanSearchAnalyzer.Compounds.INDEX);
        }

        @Override
        public String description() {
            return "German words and the parts of German compounds (hyphenation grammar dehyph-exptl, MIT licence).";
        }

        @Override
        public List<String> stopwords() {
            return germanStopwords();
        }
    }

    /** German words as a query: compounds are not split. */
    public static final class GermanQuery extends AnalyzerProvider {
        public GermanQuery() {
            super("strategiegraph-german-query");
        }

        @Override
        public Analyzer createAnalyzer() {
            return new GermanSearchAnalyzer(GermanSearchAnalyzer.Compounds.WHOLE);
        }

        @Override
        public String description() {
            return "Queries on strategiegraph-german: the same German analysis without splitting compounds.";
        }

        @Override
        public List<String> stopwords() {
            return germanStopwords();
        }
    }

    /** Loose queries (the FUZZY class): compounds split, each part counting on its own. */
    public static final class GermanParts extends AnalyzerProvider {
        public GermanParts() {
            super("strategiegraph-german-parts");
        }

        @Override
        public Analyzer createAnalyzer() {
            return new GermanSearchAnalyzer(GermanSearchAnalyzer.Compounds.PARTS);
        }

        @Override
        public String description() {
            return "Loose queries on strategiegraph-german: compounds split into their parts, each part a word of its own.";
        }

        @Override
        public List<String> stopwords() {
            return germanStopwords();
        }
    }

    /** Names and aliases as exact keys (index node_exact). */
    public static final class NameKey extends AnalyzerProvider {
        public NameKey() {
            super("strategiegraph-key");
        }

        @Override
        public Analyzer createAnalyzer() {
            return new NameKeyAnalyzer(true);
        }

        @Override
        public String description() {
            return "One key per line ignoring case, diacritics, hyphens, spaces and punctuation; 'X (Y)' also as X and Y.";
        }
    }

    /** A whole query text as one key. */
    public static final class NameKeyQuery extends AnalyzerProvider {
        public NameKeyQuery() {
            super("strategiegraph-key-query");
        }

        @Override
        public Analyzer createAnalyzer() {
            return new NameKeyAnalyzer(false);
        }

        @Override
        public String description() {
            return "Queries on strategiegraph-key: the whole text as one key.";
        }
    }

    private static List<String> germanStopwords() {
        List<String> words = new ArrayList<>();
        for (Object word : GermanSearchAnalyzer.stopwords()) words.add(new String((char[]) word));
        return words;
    }
}
