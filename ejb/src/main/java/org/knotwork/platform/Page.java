package org.knotwork.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with enough to draw the pager. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Where the page starts in the whole list. Computed in a long: a page number near the largest int times the page
     * size would wrap around to a negative offset. A page past the end is simply empty.
     */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
