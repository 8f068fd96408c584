package khatt.render.export;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;

/**
 * An event's index terms, kept between rebuilds: a sorted array, a tenth of a hash set's memory
 * (a hundred thousand articles hold millions of terms).
 */
final class SortedTerms extends AbstractSet<String> {

    private final String[] terms;

    private SortedTerms(String[] terms) {
        this.terms = terms;
    }

    static SortedTerms of(Collection<String> terms) {
        String[] sorted = terms.toArray(new String[0]);
        Arrays.sort(sorted);
        return new SortedTerms(sorted);
    }

    @Override
    public boolean contains(Object term) {
        return term instanceof String s && Arrays.binarySearch(terms, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(terms).iterator();
    }

    @Override
    public int size() {
        return terms.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SortedTerms sorted ? Arrays.equals(terms, sorted.terms) : super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
