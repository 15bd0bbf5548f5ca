package org.candour.classification.analysis;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words one reading rule looks for, as written in lower case. A look-up is the word's cached hash, a mask and
 * an equals in a table at most half full: the JDK's immutable sets divide by their table length, which the
 * compiler folds away only for a constant set, and the vocabularies are read from the taxonomy file. Every word set
 * of the rules is one of these, so that the methods they are passed to see one kind of set.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] table;
    private final int mask;
    private final int size;

    private WordSet(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>(words);
        int capacity = Integer.highestOneBit(Math.max(1, distinct.size()) * 2 - 1) << 1;
        table = new String[capacity];
        mask = capacity - 1;
        size = distinct.size();
        for (String word : distinct) {
            int i = slot(word);
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = word;
        }
    }

    static WordSet of(String... words) {
        return new WordSet(Arrays.asList(words));
    }

    static WordSet copyOf(Collection<String> words) {
        return new WordSet(words);
    }

    private int slot(String word) {
        int hash = word.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String word)) {
            return false;
        }
        String[] words = table;
        for (int i = slot(word); words[i] != null; i = (i + 1) & mask) {
            if (words[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(table).filter(word -> word != null).iterator();
    }

    @Override
    public int size() {
        return size;
    }
}
