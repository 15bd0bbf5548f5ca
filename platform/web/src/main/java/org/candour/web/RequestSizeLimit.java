package org.candour.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over a size with 413 and a problem body before anything parses them: by the declared
 * length at once, and, when no length is declared (a chunked body), by reading at most one byte more than the
 * limit. A chunked body within the limit is served again to whoever parses it, which would hold it all in memory
 * anyway. Each service registers one as a bean, for its own paths and limit.
 */
public final class RequestSizeLimit extends OncePerRequestFilter {

    private final int maxBytes;
    private final String pathPrefix;
    private final String advice;
    private final JsonMapper json;

    /**
     * @param maxBytes the largest body accepted
     * @param pathPrefix the paths whose bodies are limited, such as {@code /api/}
     * @param advice what the client can do about it, after the problem's first sentence
     */
    public RequestSizeLimit(int maxBytes, String pathPrefix, String advice, JsonMapper json) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the largest body accepted must be 1 byte or more, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.pathPrefix = pathPrefix;
        this.advice = advice;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(pathPrefix);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            reject(response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            reject(response);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private void reject(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(json.writeValueAsBytes(Problems.detail(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "Request too large",
                        "The request body is larger than " + maxBytes + " bytes. " + advice)));
    }

    /** A chunked body already read in full, served again to whoever parses it. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
