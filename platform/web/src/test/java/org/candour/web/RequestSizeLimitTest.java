package org.candour.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestSizeLimit LIMIT = new RequestSizeLimit(10, "/api/", "Send less.", JSON);

    /** What the next filter read of the body, or null when the request never reached it. */
    private final AtomicReference<String> parsed = new AtomicReference<>();

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        LIMIT.doFilter(
                request,
                response,
                (passed, answer) -> parsed.set(new String(
                        ((HttpServletRequest) passed).getInputStream().readAllBytes(), UTF_8)));
        return response;
    }

    private static MockHttpServletRequest declared(String path, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(body.getBytes(UTF_8));
        return request;
    }

    /** A body sent in chunks: no length is declared. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body.getBytes(UTF_8));
        return request;
    }

    @Test
    void aBodyWithinTheLimitPassesAsItCameDeclaredOrChunked() throws Exception {
        assertThat(send(declared("/api/v1/things", "0123456789")).getStatus()).isEqualTo(200);
        assertThat(parsed.get()).isEqualTo("0123456789");

        parsed.set(null);
        assertThat(send(chunked("0123456789")).getStatus()).isEqualTo(200);
        assertThat(parsed.get()).isEqualTo("0123456789");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblemBeforeAnythingReadsItDeclaredOrChunked() throws Exception {
        for (MockHttpServletRequest request :
                new MockHttpServletRequest[] {declared("/api/v1/things", "0123456789A"), chunked("0123456789A")}) {
            parsed.set(null);
            MockHttpServletResponse refused = send(request);

            assertThat(parsed.get()).isNull();
            assertThat(refused.getStatus()).isEqualTo(413);
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = JSON.readTree(refused.getContentAsString());
            assertThat(problem.get("title").asString()).isEqualTo("Request too large");
            assertThat(problem.get("detail").asString())
                    .isEqualTo("The request body is larger than 10 bytes. Send less.");
        }
    }

    @Test
    void onlyThePathsGivenAreLimited() throws Exception {
        assertThat(send(declared("/triage/reviews", "a much longer body than ten bytes"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(parsed.get()).isEqualTo("a much longer body than ten bytes");
        assertThatThrownBy(() -> new RequestSizeLimit(0, "/api/", "", JSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 byte or more");
    }
}
