package org.knotwork.web.http;

import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.knotwork.platform.JsonP;
import org.knotwork.web.api.problem.Problem;

/** Writes a problem+json answer from a servlet filter or the error page, where no JAX-RS mapper runs. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void send(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (JsonGenerator json = JsonP.PROVIDER.createGenerator(out)) {
            json.writeStartObject()
                    .write("type", "about:blank")
                    .write("title", title)
                    .write("status", status)
                    .write("detail", detail)
                    .writeEnd();
        }
    }
}
