package org.knotwork.handout;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;

/**
 * A document's cross-reference entries kept in an array indexed by object number, standing in for the
 * {@code TreeSet} OpenPDF's writer keeps them in. OpenPDF adds an entry when it hands out an object number and adds it
 * again, removing the first, when the object is written: four red-black tree operations per object, each comparing
 * entries through {@code Comparable}, a few per cent of a sheet (hundreds of structure elements) and more in the
 * application server, where that comparison is shared with every other tree. The set answers as the tree did: an
 * entry is the same as another with its object number ({@code PdfCrossReference.compareTo}), iteration ascends by
 * object number, {@code first} and {@code last} are the lowest and highest; the methods OpenPDF does not use refuse.
 */
final class CrossReferences extends TreeSet<PdfCrossReference> {

    private static final long serialVersionUID = 1L;
    private static final VarHandle NUMBER;
    private static final Field XREFS;

    static {
        try {
            NUMBER = MethodHandles.privateLookupIn(PdfCrossReference.class, MethodHandles.lookup())
                    .findVarHandle(PdfCrossReference.class, "refnum", int.class);
            XREFS = PdfWriter.PdfBody.class.getDeclaredField("xrefs");
            XREFS.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This OpenPDF no longer keeps its cross-reference entries as expected.", e);
        }
    }

    private transient PdfCrossReference[] entries = new PdfCrossReference[512];
    private int count;
    private int highest = -1;

    /**
     * Puts the array in place of the tree in a writer's {@code body}, with the entries the tree holds so far. Done as
     * the document opens, when OpenPDF makes the body, before the sheet's objects are numbered.
     */
    static void install(PdfWriter.PdfBody body) {
        try {
            @SuppressWarnings("unchecked")
            Collection<PdfCrossReference> tree = (Collection<PdfCrossReference>) XREFS.get(body);
            CrossReferences replacement = new CrossReferences();
            for (PdfCrossReference entry : tree) {
                replacement.add(entry);
            }
            XREFS.set(body, replacement);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("This OpenPDF no longer keeps its cross-reference entries as expected.", e);
        }
    }

    static int number(PdfCrossReference entry) {
        return (int) NUMBER.get(entry);
    }

    @Override
    public boolean add(PdfCrossReference entry) {
        int number = number(entry);
        if (number < 0) {
            throw new IllegalArgumentException("A cross-reference entry numbered " + number + ".");
        }
        if (number >= entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, number + 1));
        }
        if (entries[number] != null) {
            return false;
        }
        entries[number] = entry;
        count++;
        highest = Math.max(highest, number);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (!(o instanceof PdfCrossReference entry)) {
            return false;
        }
        int number = number(entry);
        if (number < 0 || number >= entries.length || entries[number] == null) {
            return false;
        }
        entries[number] = null;
        count--;
        while (highest >= 0 && entries[highest] == null) {
            highest--;
        }
        return true;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof PdfCrossReference entry)) {
            return false;
        }
        int number = number(entry);
        return number >= 0 && number < entries.length && entries[number] != null;
    }

    @Override
    public PdfCrossReference first() {
        for (int n = 0; n <= highest; n++) {
            if (entries[n] != null) {
                return entries[n];
            }
        }
        throw new NoSuchElementException();
    }

    @Override
    public PdfCrossReference last() {
        if (highest < 0) {
            throw new NoSuchElementException();
        }
        return entries[highest];
    }

    @Override
    public Iterator<PdfCrossReference> iterator() {
        return new Iterator<>() {
            private int next = following(0);

            @Override
            public boolean hasNext() {
                return next <= highest;
            }

            @Override
            public PdfCrossReference next() {
                if (next > highest) {
                    throw new NoSuchElementException();
                }
                PdfCrossReference entry = entries[next];
                next = following(next + 1);
                return entry;
            }
        };
    }

    private int following(int from) {
        int n = from;
        while (n <= highest && entries[n] == null) {
            n++;
        }
        return n;
    }

    @Override
    public Spliterator<PdfCrossReference> spliterator() {
        return Spliterators.spliterator(
                this, Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL | Spliterator.SORTED);
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    @Override
    public void clear() {
        Arrays.fill(entries, null);
        count = 0;
        highest = -1;
    }

    @Override
    public boolean addAll(Collection<? extends PdfCrossReference> more) {
        boolean changed = false;
        for (PdfCrossReference entry : more) {
            changed |= add(entry);
        }
        return changed;
    }

    @Override
    public Comparator<? super PdfCrossReference> comparator() {
        return null;
    }

    // What OpenPDF's writer does not ask of its entries: refused rather than answered from the empty tree behind.

    @Override
    public PdfCrossReference pollFirst() {
        throw unused();
    }

    @Override
    public PdfCrossReference pollLast() {
        throw unused();
    }

    @Override
    public PdfCrossReference lower(PdfCrossReference e) {
        throw unused();
    }

    @Override
    public PdfCrossReference floor(PdfCrossReference e) {
        throw unused();
    }

    @Override
    public PdfCrossReference ceiling(PdfCrossReference e) {
        throw unused();
    }

    @Override
    public PdfCrossReference higher(PdfCrossReference e) {
        throw unused();
    }

    @Override
    public Iterator<PdfCrossReference> descendingIterator() {
        throw unused();
    }

    @Override
    public NavigableSet<PdfCrossReference> descendingSet() {
        throw unused();
    }

    @Override
    public NavigableSet<PdfCrossReference> subSet(
            PdfCrossReference from, boolean fromInclusive, PdfCrossReference to, boolean toInclusive) {
        throw unused();
    }

    @Override
    public SortedSet<PdfCrossReference> subSet(PdfCrossReference from, PdfCrossReference to) {
        throw unused();
    }

    @Override
    public NavigableSet<PdfCrossReference> headSet(PdfCrossReference to, boolean inclusive) {
        throw unused();
    }

    @Override
    public SortedSet<PdfCrossReference> headSet(PdfCrossReference to) {
        throw unused();
    }

    @Override
    public NavigableSet<PdfCrossReference> tailSet(PdfCrossReference from, boolean inclusive) {
        throw unused();
    }

    @Override
    public SortedSet<PdfCrossReference> tailSet(PdfCrossReference from) {
        throw unused();
    }

    @Override
    public Object clone() {
        throw unused();
    }

    /** What the tree behind would write is empty; a document's entries are never serialized, so none is. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        throw new NotSerializableException(CrossReferences.class.getName());
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("Not kept by the handout's cross-reference entries.");
    }
}
