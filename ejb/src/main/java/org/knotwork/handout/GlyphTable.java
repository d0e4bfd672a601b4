package org.knotwork.handout;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A font's character map (character → glyph number and width) with an array in front of it for the Basic
 * Multilingual Plane. OpenPDF looks every character's width up in a {@code HashMap<Integer, int[]>} as it breaks
 * lines, once per character per layout and again when it writes the glyphs: the largest single leaf of a sheet's
 * profile. The map stays a {@code HashMap} with the same entries (OpenPDF declares the field so), only {@link #get}
 * answers from the array; the values are the very arrays OpenPDF read, so every width and glyph is the same.
 */
final class GlyphTable extends HashMap<Integer, int[]> {

    private static final long serialVersionUID = 1L;
    private static final int PLANE = 0x10000;

    private final transient int[][] plane = new int[PLANE][];

    /** The entries as HashMap keeps them, behind a view whose entries refuse {@code setValue} too. */
    private final transient Map<Integer, int[]> readOnly = Collections.unmodifiableMap(new AbstractMap<>() {
        @Override
        public Set<Entry<Integer, int[]>> entrySet() {
            return GlyphTable.super.entrySet();
        }
    });

    GlyphTable(Map<Integer, int[]> characters) {
        super(characters);
        characters.forEach((c, metrics) -> {
            if (c >= 0 && c < PLANE) {
                plane[c] = metrics;
            }
        });
    }

    @Override
    public int[] get(Object key) {
        if (key instanceof Integer c && c >= 0 && c < PLANE) {
            return plane[c];
        }
        return super.get(key);
    }

    /** OpenPDF does not change a font's map once read; should it, the array follows. */
    @Override
    public int[] put(Integer key, int[] value) {
        if (key != null && key >= 0 && key < PLANE) {
            plane[key] = value;
        }
        return super.put(key, value);
    }

    /*
     * Every other way of changing the map, through its views too, would leave the array answering the old widths: it
     * fails loudly instead. The views read as HashMap's own, in the same order.
     */

    @Override
    public Set<Integer> keySet() {
        return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Collection<int[]> values() {
        return Collections.unmodifiableCollection(super.values());
    }

    @Override
    public Set<Map.Entry<Integer, int[]>> entrySet() {
        return readOnly.entrySet();
    }

    @Override
    public void putAll(Map<? extends Integer, ? extends int[]> characters) {
        characters.forEach(this::put);
    }

    @Override
    public int[] putIfAbsent(Integer key, int[] value) {
        throw unchangeable();
    }

    @Override
    public int[] remove(Object key) {
        throw unchangeable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unchangeable();
    }

    @Override
    public int[] replace(Integer key, int[] value) {
        throw unchangeable();
    }

    @Override
    public boolean replace(Integer key, int[] oldValue, int[] newValue) {
        throw unchangeable();
    }

    @Override
    public void replaceAll(BiFunction<? super Integer, ? super int[], ? extends int[]> function) {
        throw unchangeable();
    }

    @Override
    public int[] compute(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> function) {
        throw unchangeable();
    }

    @Override
    public int[] computeIfAbsent(Integer key, Function<? super Integer, ? extends int[]> function) {
        throw unchangeable();
    }

    @Override
    public int[] computeIfPresent(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> function) {
        throw unchangeable();
    }

    @Override
    public int[] merge(Integer key, int[] value, BiFunction<? super int[], ? super int[], ? extends int[]> function) {
        throw unchangeable();
    }

    @Override
    public void clear() {
        throw unchangeable();
    }

    private static UnsupportedOperationException unchangeable() {
        return new UnsupportedOperationException("A font's character map is read once and only added to");
    }

    /**
     * Puts the table in front of the character map OpenPDF looks characters up in for {@code font} (a Unicode TrueType
     * font: the extended map when the font has one, else the Windows Unicode map; the fields have been there since
     * iText 2). Done once per JVM, right after the font is parsed, before any sheet uses it; 256 kB per font.
     */
    static void install(BaseFont font) {
        try {
            Class<?> trueType = Class.forName("com.lowagie.text.pdf.TrueTypeFont");
            for (String name : new String[] {"cmapExt", "cmap31"}) {
                Field field = trueType.getDeclaredField(name);
                field.setAccessible(true);
                @SuppressWarnings("unchecked")
                Map<Integer, int[]> characters = (Map<Integer, int[]>) field.get(font);
                if (characters != null) {
                    field.set(font, new GlyphTable(characters));
                    return;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This OpenPDF no longer keeps a font's characters as expected.", e);
        }
    }
}
