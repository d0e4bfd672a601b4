package org.knotwork.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A container's response as far as a filter sees it: headers, status, a buffer that commits on flush. */
final class RecordedResponse {

    final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = 200;
    boolean committed;
    String contentType;
    String characterEncoding = "ISO-8859-1";

    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void flush() {
            committed = true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
    };

    final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                    case "addHeader" ->
                        headers.computeIfAbsent((String) args[0], n -> new ArrayList<>())
                                .add((String) args[1]);
                    case "getHeader" -> {
                        List<String> values = headers.get((String) args[0]);
                        return values == null ? null : values.get(0);
                    }
                    case "getHeaders" -> {
                        return headers.getOrDefault((String) args[0], List.of());
                    }
                    case "setContentLengthLong" ->
                        headers.put("Content-Length", new ArrayList<>(List.of("" + args[0])));
                    case "setContentLength" -> headers.put("Content-Length", new ArrayList<>(List.of("" + args[0])));
                    case "setStatus" -> status = (Integer) args[0];
                    case "getStatus" -> {
                        return status;
                    }
                    case "setContentType" -> contentType = (String) args[0];
                    case "getContentType" -> {
                        return contentType;
                    }
                    case "setCharacterEncoding" -> characterEncoding = (String) args[0];
                    case "getCharacterEncoding" -> {
                        return characterEncoding;
                    }
                    case "isCommitted" -> {
                        return committed;
                    }
                    case "flushBuffer" -> committed = true;
                    case "reset" -> {
                        headers.clear();
                        body.reset();
                        status = 200;
                        contentType = null;
                    }
                    case "resetBuffer" -> body.reset();
                    case "sendError" -> {
                        body.reset();
                        status = (Integer) args[0];
                        committed = true;
                    }
                    case "getOutputStream" -> {
                        return stream;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
            });

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : String.join(", ", values);
    }

    Map<String, List<String>> headers() {
        return new LinkedHashMap<>(headers);
    }
}
