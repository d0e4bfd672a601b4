package org.knotwork.handout;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
 * object number, {@code first} and {@code last} are the lowest and highest; the methods OpenPDF does not use refuse
 * ({@link RefusingTreeSet}).
 */
final class CrossReferences extends RefusingTreeSet<PdfCrossReference> {

    private static final long serialVersionUID = 1L;
    private static final VarHandle NUMBER;
    private static final MethodHandle XREFS;
    private static final MethodHandle SET_XREFS;

    static {
        try {
            NUMBER = MethodHandles.privateLookupIn(PdfCrossReference.class, MethodHandles.lookup())
                    .findVarHandle(PdfCrossReference.class, "refnum", int.class);
            // The field is final: a VarHandle would only read it, and a lookup finds no setter for it. A setter made
            // once from the field opened here writes it as Field.set did, without the reflective call on every sheet.
            Field xrefs = PdfWriter.PdfBody.class.getDeclaredField("xrefs");
            xrefs.setAccessible(true);
            XREFS = MethodHandles.lookup().unreflectGetter(xrefs);
            SET_XREFS = MethodHandles.lookup().unreflectSetter(xrefs);
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
    @SuppressWarnings("unchecked")
    static void install(PdfWriter.PdfBody body) {
        try {
            TreeSet<PdfCrossReference> tree = (TreeSet<PdfCrossReference>) XREFS.invokeExact(body);
            CrossReferences replacement = new CrossReferences();
            for (PdfCrossReference entry : tree) {
                replacement.add(entry);
            }
            SET_XREFS.invokeExact(body, (TreeSet<PdfCrossReference>) replacement);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
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

    /** What the tree behind would write is empty; a document's entries are never serialized, so none is. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        throw new NotSerializableException(CrossReferences.class.getName());
    }
}
