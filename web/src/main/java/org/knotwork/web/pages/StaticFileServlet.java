package org.knotwork.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.knotwork.web.http.ProblemResponses;
import org.knotwork.web.http.ResponseHeaders;

/**
 * {@code /static/<version>/<file>}: one of the page's files, kept by the browser for a year without asking again
 * ({@code immutable}), since a changed file has another version and so another address. Only the current version is
 * answered: a page still open from before a release that asks for an old module gets a 404 rather than a new module
 * among old ones. Only the page's own files are answered, never anything else of the WAR.
 */
@WebServlet("/static/*")
public class StaticFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        UiFiles files = UiFiles.of(getServletContext());
        String address = request.getPathInfo() == null ? "" : request.getPathInfo();
        String prefix = "/" + files.version() + "/";
        String file = address.startsWith(prefix) ? address.substring(prefix.length() - 1) : null;
        if (file == null || !files.serves(file)) {
            boolean anotherVersion = address.matches("/[0-9a-f]{16}/.*") && !address.startsWith(prefix);
            ProblemResponses.send(
                    response,
                    404,
                    "Not Found",
                    anotherVersion
                            ? "This file belongs to another version of Knotwork; reload the page."
                            : "Knotwork's pages have no such file.");
            return;
        }
        response.setHeader("Cache-Control", ResponseHeaders.KEEP_A_YEAR);
        getServletContext().getRequestDispatcher(file).forward(request, response);
    }
}
