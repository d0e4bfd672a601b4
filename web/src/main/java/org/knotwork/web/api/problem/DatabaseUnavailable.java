package org.knotwork.web.api.problem;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Set;

/**
 * A request that failed because the database is down, frozen, overloaded or refusing writes: 503 with
 * {@code Retry-After}, so a person sees "try again shortly" and a client or load balancer knows to retry, instead of
 * a 500 that says something is broken. Recognised by the SQL state classes PostgreSQL and its driver give such
 * failures, and by the pool's and the socket's time-outs (see {@code KnotworkDatabase}).
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: the time-outs are a few seconds long. */
    public static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL =
            "The database is not answering right now, so nothing was read or saved." + " Try again in a few seconds.";

    /**
     * 08: connection failures; 53: out of resources; 57014: a statement time-out; 57P: the server shutting down;
     * 55P03: a lock time-out; 25006: a read-only database; 40001 and 40P01: a serialization failure or deadlock that
     * was still there when its caller had tried again ({@code SerializationFailures}), so trying later may succeed.
     */
    private static final Set<String> STATES = Set.of("57014", "55P03", "25006", "40001", "40P01");

    private DatabaseUnavailable() {}

    /** Whether {@code failure}, or anything that caused it, says the database could not be used. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null
                && (state.startsWith("08")
                        || state.startsWith("53")
                        || state.startsWith("57P")
                        || STATES.contains(state))) {
            return true;
        }
        // Payara's pool reports a connection it could not hand out in time without a SQL state.
        String message = String.valueOf(sql.getMessage());
        return message.contains("allocating a connection") || message.contains("Connection could not be allocated");
    }

    public static Response response() {
        return Response.fromResponse(
                        Problem.of(Response.Status.SERVICE_UNAVAILABLE, DETAIL).toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** The same answer written straight to the servlet response, for failures before JAX-RS is reached. */
    public static void write(HttpServletResponse response) throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(Problem.of(Response.Status.SERVICE_UNAVAILABLE, DETAIL)));
        } catch (Exception e) {
            throw new IOException("Could not write the answer", e);
        }
        response.flushBuffer();
    }
}
