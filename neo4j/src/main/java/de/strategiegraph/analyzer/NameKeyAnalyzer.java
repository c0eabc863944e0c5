package de.strategiegraph.analyzer;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Names and aliases as keys for exact matching, ignoring case, diacritics, hyphens, spaces and punctuation:
 * "Deutschland-ID", "Deutschland ID" and "DeutschlandID" are the key "deutschlandid", "Führerschein" and
 * "Fuehrerschein" the key "fuehrerschein" (ä, ö, ü are written ae, oe, ue; ß is ss). Each line of the text is a
 * name (aliases are stored one per line). When indexing, a name of the form "X (Y)" is also the key of X, and of Y
 * where X or Y is a single word (a name and its abbreviation: "Mein Unternehmenskonto (MUK)",
 * "PVOG (Portalverbund-Online-Gateway)"). A query is one key: the whole text.
 *
 * <p>The field {@code kind} is a keyword (the node's kind, for filtering).
 */
public final class NameKeyAnalyzer extends Analyzer {
    /** Keys are cut here (Lucene refuses terms over 32 kB; no name is this long). */
    static final int MAX_KEY = 1000;

    private final boolean index;

    public NameKeyAnalyzer(boolean index) {
        this.index = index;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        if (GermanSearchAnalyzer.KIND_FIELD.equals(field)) return new TokenStreamComponents(new KeywordTokenizer());
        Tokenizer source = index ? CharTokenizer.fromSeparatorCharPredicate(c -> c == '\n' || c == '\r') : new KeywordTokenizer();
        return new TokenStreamComponents(source, new KeyFilter(source, index));
    }

    /** The key of a name: lower case, umlauts transliterated, other diacritics dropped, only letters and digits. */
    static String key(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        decomposed.codePoints()
                .filter(c -> Character.isLetter(c) || Character.isDigit(c))
                .limit(MAX_KEY)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The keys of one name: the name's own, then those of "X (Y)" (see the class comment). */
    static Set<String> keys(String name, boolean index) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(name));
        String trimmed = name.strip();
        int open = trimmed.lastIndexOf('(');
        if (index && open > 0 && trimmed.endsWith(")")) {
            String outer = trimmed.substring(0, open).strip();
            String inner = trimmed.substring(open + 1, trimmed.length() - 1).strip();
            keys.add(key(outer));
            if (singleWord(outer) || singleWord(inner)) keys.add(key(inner));
        }
        keys.remove("");
        return keys;
    }

    private static boolean singleWord(String text) {
        return !text.isEmpty() && text.codePoints().noneMatch(Character::isWhitespace);
    }

    /** Replaces each token (a name) by its keys, all at the name's position. */
    private static final class KeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final boolean index;
        private final ArrayDeque<String> pending = new ArrayDeque<>();

        KeyFilter(TokenStream input, boolean index) {
            super(input);
            this.index = index;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (pending.isEmpty()) {
                if (!input.incrementToken()) return false;
                pending.addAll(keys(term.toString(), index));
                if (pending.isEmpty()) continue;
                term.setEmpty().append(pending.poll());
                return true;
            }
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
        }
    }
}
