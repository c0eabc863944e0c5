package de.strategiegraph.analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;

/**
 * The German hyphenation grammar that finds the parts of compounds: the TeX patterns of dehyph-exptl
 * (reformed orthography, MIT licence; see LICENSE-dehyph-exptl.txt beside the file), read unchanged from the
 * class path once per JVM.
 *
 * <p>Lucene's {@link HyphenationTree} keeps patterns in a ternary tree addressed by 16-bit node numbers, which
 * these 36,670 patterns overflow; this subclass keeps Lucene's hyphenation algorithm ({@code hyphenate}) and its
 * character classes, and looks the patterns up in a hash map instead ({@link #searchPatterns}, Liang's rule: at
 * every position the highest value of any pattern that matches there wins; odd values are hyphenation points).
 */
final class GermanHyphenation extends HyphenationTree {
    static final String PATTERNS = "dehyphn-x-2022-03-16.pat";

    /** Pattern letters ("." marks a word boundary) → the value before each letter and after the last. */
    private final Map<String, byte[]> patterns = new HashMap<>();
    private int longest;

    private GermanHyphenation() {}

    /** The grammar, read on first use. */
    static HyphenationTree tree() {
        return Holder.TREE;
    }

    private static final class Holder {
        static final GermanHyphenation TREE = load();
    }

    private static GermanHyphenation load() {
        GermanHyphenation tree = new GermanHyphenation();
        Set<Character> letters = new TreeSet<>();
        try (InputStream in = GermanHyphenation.class.getResourceAsStream(PATTERNS)) {
            if (in == null) throw new IllegalStateException("missing resource " + PATTERNS);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inPatterns = false;
            for (String line; (line = reader.readLine()) != null; ) {
                int comment = line.indexOf('%');
                String text = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (!inPatterns) {
                    inPatterns = text.startsWith("\\patterns{");
                    continue;
                }
                if (text.startsWith("}")) break;
                for (String pattern : text.split("\\s+")) {
                    if (pattern.isEmpty()) continue;
                    tree.add(pattern);
                    for (char c : pattern.toCharArray()) if (Character.isLetter(c)) letters.add(c);
                }
            }
            if (!inPatterns) throw new IllegalStateException(PATTERNS + " has no \\patterns{…} block");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Each letter is its own class, with its upper case; any other character ends a word.
        for (char c : letters) tree.addClass(c + String.valueOf(Character.toUpperCase(c)));
        return tree;
    }

    /** A TeX pattern such as "a1b2c": its letters "abc" and the values 0,1,2,0 around them. */
    private void add(String pattern) {
        StringBuilder word = new StringBuilder();
        byte[] values = new byte[pattern.length() + 1];
        int letter = 0;
        for (char c : pattern.toCharArray()) {
            if (Character.isDigit(c)) {
                values[letter] = (byte) (c - '0');
            } else if (Character.isLetter(c) || c == '.') {
                word.append(c);
                letter++;
            } else {
                throw new IllegalStateException(PATTERNS + ": unexpected character in pattern " + pattern);
            }
        }
        byte[] exact = new byte[letter + 1];
        System.arraycopy(values, 0, exact, 0, letter + 1);
        patterns.put(word.toString(), exact);
        longest = Math.max(longest, letter);
    }

    /**
     * Raises the interletter values {@code il} by every pattern that matches {@code word} (".letters." and a 0)
     * from {@code index}: as Lucene's tree search, without the tree.
     */
    @Override
    protected void searchPatterns(char[] word, int index, byte[] il) {
        int end = index;
        while (end < word.length && word[end] != 0) end++;
        for (int to = index + 1; to <= Math.min(end, index + longest); to++) {
            byte[] values = patterns.get(new String(word, index, to - index));
            if (values == null) continue;
            for (int k = 0; k < values.length && index + k < il.length; k++) {
                if (values[k] > il[index + k]) il[index + k] = values[k];
            }
        }
    }
}
