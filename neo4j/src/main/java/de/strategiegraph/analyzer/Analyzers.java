package de.strategiegraph.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

import de.strategiegraph.analyzer.GermanSearchAnalyzer.Compounds;

/**
 * Strategiegraph's full-text analyzers for Neo4j, registered through Neo4j's {@link AnalyzerProvider} service
 * interface (META-INF/services/org.neo4j.graphdb.schema.AnalyzerProvider names one class per analyzer): on the
 * launcher's class path, and as the plugin jar neo4j/target/plugins/strategiegraph-analyzer.jar in a Neo4j server's
 * plugins folder. The index analyzers have query twins that cypher/read/search.cypher names in its {analyzer: …}
 * option.
 */
public final class Analyzers {
    private Analyzers() {}

    /** One analyzer under its name; the service loader needs a class with a public no-argument constructor each. */
    abstract static class Provider extends AnalyzerProvider {
        private final String description;
        private final Supplier<Analyzer> analyzer;
        private final boolean germanStopwords;

        Provider(String name, String description, Supplier<Analyzer> analyzer, boolean germanStopwords) {
            super(name);
            this.description = description;
            this.analyzer = analyzer;
            this.germanStopwords = germanStopwords;
        }

        @Override
        public Analyzer createAnalyzer() {
            return analyzer.get();
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public List<String> stopwords() {
            if (!germanStopwords) return super.stopwords();
            List<String> words = new ArrayList<>();
            for (Object word : GermanSearchAnalyzer.stopwords()) words.add(new String((char[]) word));
            return words;
        }
    }

    /** German words with the parts of compounds (index node_search). */
    public static final class German extends Provider {
        public German() {
            super("strategiegraph-german", "German words and the parts of German compounds (hyphenation grammar dehyph-exptl, MIT licence).",
                    () -> new GermanSearchAnalyzer(Compounds.INDEX), true);
        }
    }

    /** German words as a query: compounds are not split. */
    public static final class GermanQuery extends Provider {
        public GermanQuery() {
            super("strategiegraph-german-query", "Queries on strategiegraph-german: the same German analysis without splitting compounds.",
                    () -> new GermanSearchAnalyzer(Compounds.WHOLE), true);
        }
    }

    /** Loose queries (the FUZZY class): compounds split, each part counting on its own. */
    public static final class GermanParts extends Provider {
        public GermanParts() {
            super("strategiegraph-german-parts", "Loose queries on strategiegraph-german: compounds split into their parts, each a word of its own.",
                    () -> new GermanSearchAnalyzer(Compounds.PARTS), true);
        }
    }

    /** Names and aliases as exact keys (index node_exact). */
    public static final class NameKey extends Provider {
        public NameKey() {
            super("strategiegraph-key", "One key per line ignoring case, diacritics, hyphens, spaces and punctuation; 'X (Y)' also as X and Y.",
                    () -> new NameKeyAnalyzer(true), false);
        }
    }

    /** A whole query text as one key. */
    public static final class NameKeyQuery extends Provider {
        public NameKeyQuery() {
            super("strategiegraph-key-query", "Queries on strategiegraph-key: the whole text as one key.", () -> new NameKeyAnalyzer(false), false);
        }
    }
}
