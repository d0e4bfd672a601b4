package org.knotwork.web.pages;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The single page at the site's root: its template with every {@code {{static}}} replaced by the address of the
 * current version's files. The page itself is asked for again on every visit ({@code no-cache}; a 304 when unchanged,
 * its ETag being the version), so a release reaches the browser with its first page load, and the modules the page
 * names are that release's.
 */
@WebServlet({"", "/index.html"})
public class AppPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private volatile byte[] page;
    private volatile String etag;

    @Override
    public void init() {
        UiFiles files = UiFiles.of(getServletContext());
        String template = new String(UiFiles.bytes(getServletContext(), UiFiles.TEMPLATE), StandardCharsets.UTF_8);
        page = template.replace("{{static}}", "static/" + files.version()).getBytes(StandardCharsets.UTF_8);
        etag = "W/\"" + files.version() + "\"";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** Weak comparison, as for any GET: a gzip copy of the page is the same page. */
    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        String mine = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(mine)) {
                return true;
            }
        }
        return false;
    }
}
