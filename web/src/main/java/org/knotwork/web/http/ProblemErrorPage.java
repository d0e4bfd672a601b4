package org.knotwork.web.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page for everything the container answers itself (web.xml): an address that does not exist outside the
 * API, a method a page does not accept, a request it cannot read, a fault before the API's mappers run. The same
 * problem+json as the API's own errors, never the container's HTML or an empty body.
 */
@WebServlet(urlPatterns = ProblemErrorPage.PATH)
public class ProblemErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/problem";

    private static final Logger LOG = Logger.getLogger(ProblemErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : 404;
        if (status < 400) {
            status = 500;
        }
        Object fault = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && fault instanceof Throwable throwable) {
            LOG.log(Level.SEVERE, "Request failed before the application could answer", throwable);
        }
        if (status == 405) {
            response.setHeader("Allow", "GET, HEAD");
        }
        ProblemResponses.send(response, status, title(status), detail(status));
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read; check its address and headers.";
            case 401 -> "Sign in first: send your username and password to POST /api/session.";
            case 403 -> "This is not allowed.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 413 -> "The request is larger than any record.";
            case 414, 431 -> "The request's address or headers are too long.";
            case 415 -> "Send the request body as application/json.";
            case 503 -> "Knotwork is not ready to answer; try again in a moment.";
            default ->
                status >= 500
                        ? "Something went wrong on our side; the request was not completed."
                        : "The request was not accepted.";
        };
    }
}
