package de.strategiegraph.analyzer;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of names, aliases and descriptions, in German: Lucene's German analysis (lower case, stop words,
 * umlauts and "ae"/"oe"/"ue"/"ß" folded, light stemming) and, when indexing, the parts of compounds. A compound
 * is split at its hyphenation points (German grammar in {@link GermanHyphenation}) and every run of syllables of
 * 3 to 24 letters is indexed at the compound's position: "Fahrzeugzulassung" is also found as "Zulassung" and
 * "Fahrzeug", "Bürgerpostfach" as "Postfach". Queries of words are not split ({@link Compounds#WHOLE}), so that
 * every query word must be a word or a part of a word of the text, not the other way round; loose queries split
 * them ({@link Compounds#PARTS}: "Verkehrsministerium" then finds "Ministerium für Digitales und Verkehr").
 *
 * <p>The field {@code kind} is a keyword (the node's kind, for filtering).
 */
public final class GermanSearchAnalyzer extends Analyzer {
    static final int MIN_WORD = 6;
    static final int MIN_PART = 3;
    /** Loose queries take longer parts only: short syllable runs ("ver", "kehr") would match almost anything. */
    static final int MIN_QUERY_PART = 5;
    static final int MAX_PART = 24;
    static final String KIND_FIELD = "kind";

    /** How compounds are treated. */
    public enum Compounds {
        /** Indexing: the parts at the compound's position (any part finds it). */
        INDEX,
        /** A query of words: not split. */
        WHOLE,
        /** A loose query: split, each part its own position, so that every part counts on its own in the score. */
        PARTS
    }

    private final Compounds compounds;

    public GermanSearchAnalyzer(Compounds compounds) {
        this.compounds = compounds;
    }

    static CharArraySet stopwords() {
        return GermanAnalyzer.getDefaultStopSet();
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        if (KIND_FIELD.equals(field)) return new TokenStreamComponents(new KeywordTokenizer());
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, stopwords());
        if (compounds == Compounds.INDEX) {
            stream = new HyphenationCompoundWordTokenFilter(stream, GermanHyphenation.tree(), MIN_WORD, MIN_PART, MAX_PART);
        } else if (compounds == Compounds.PARTS) {
            stream = new HyphenationCompoundWordTokenFilter(stream, GermanHyphenation.tree(), MIN_WORD, MIN_QUERY_PART, MAX_PART);
        }
        if (compounds == Compounds.PARTS) stream = new OwnPositions(stream);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** Gives every token its own position (the parts of a compound then count as words, not as synonyms). */
    private static final class OwnPositions extends TokenFilter {
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

        OwnPositions(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (position.getPositionIncrement() == 0) position.setPositionIncrement(1);
            return true;
        }
    }

    /** A fuzzy query's term: folded and stemmed as a word of the text is, so that edits count from the same form. */
    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        if (KIND_FIELD.equals(field)) return in;
        return new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
    }
}
