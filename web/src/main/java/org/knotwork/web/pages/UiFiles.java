package org.knotwork.web.pages;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files the page loads (the modules in {@code js/}, the stylesheet, the icon) and their version: the first 64 bits
 * of a SHA-256 over their names and bytes and the page's template. The version changes whenever any of them does and
 * is the same on every instance that runs the same WAR, so two instances behind one proxy agree on it.
 */
public final class UiFiles {

    static final String TEMPLATE = "/WEB-INF/index.html";
    private static final String ATTRIBUTE = UiFiles.class.getName();

    private final String version;
    private final Set<String> paths;

    private UiFiles(String version, Set<String> paths) {
        this.version = version;
        this.paths = Set.copyOf(paths);
    }

    /** Read once per deployment; the WAR's files do not change while it runs. */
    public static UiFiles of(ServletContext context) {
        synchronized (context) {
            UiFiles files = (UiFiles) context.getAttribute(ATTRIBUTE);
            if (files == null) {
                files = read(context);
                context.setAttribute(ATTRIBUTE, files);
            }
            return files;
        }
    }

    static UiFiles read(ServletContext context) {
        Set<String> paths = new TreeSet<>();
        for (String folder : new String[] {"/", "/js/"}) {
            Set<String> found = context.getResourcePaths(folder);
            if (found != null) {
                found.stream().filter(UiFiles::loadedByThePage).forEach(paths::add);
            }
        }
        MessageDigest digest = sha256();
        for (String path : paths) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes(context, path));
        }
        digest.update(bytes(context, TEMPLATE));
        String version = HexFormat.of().formatHex(digest.digest(), 0, 8);
        return new UiFiles(version, paths);
    }

    private static boolean loadedByThePage(String path) {
        return !path.endsWith("/") && (path.endsWith(".js") || path.endsWith(".css") || path.endsWith(".svg"));
    }

    public String version() {
        return version;
    }

    /** Whether {@code path} (from the site's root, e.g. {@code /js/app.js}) is one of the page's files. */
    public boolean serves(String path) {
        return paths.contains(path);
    }

    static byte[] bytes(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The WAR has no " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
