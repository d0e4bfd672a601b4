package org.knotwork.handout;

import java.util.Iterator;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A {@code TreeSet} whose navigation (polls, neighbours, ranges, descending views) and copying refuse: the base of a
 * set that keeps its elements elsewhere and answers only what its one user asks ({@link CrossReferences}), so that a
 * question it does not answer fails loudly rather than being answered from the empty tree behind.
 */
abstract class RefusingTreeSet<E> extends TreeSet<E> {

    private static final long serialVersionUID = 1L;

    @Override
    public E pollFirst() {
        throw unused();
    }

    @Override
    public E pollLast() {
        throw unused();
    }

    @Override
    public E lower(E e) {
        throw unused();
    }

    @Override
    public E floor(E e) {
        throw unused();
    }

    @Override
    public E ceiling(E e) {
        throw unused();
    }

    @Override
    public E higher(E e) {
        throw unused();
    }

    @Override
    public Iterator<E> descendingIterator() {
        throw unused();
    }

    @Override
    public NavigableSet<E> descendingSet() {
        throw unused();
    }

    @Override
    public NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive) {
        throw unused();
    }

    @Override
    public SortedSet<E> subSet(E from, E to) {
        throw unused();
    }

    @Override
    public NavigableSet<E> headSet(E to, boolean inclusive) {
        throw unused();
    }

    @Override
    public SortedSet<E> headSet(E to) {
        throw unused();
    }

    @Override
    public NavigableSet<E> tailSet(E from, boolean inclusive) {
        throw unused();
    }

    @Override
    public SortedSet<E> tailSet(E from) {
        throw unused();
    }

    @Override
    public Object clone() {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("Not kept by the handout's cross-reference entries.");
    }
}
