package org.candour.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the published OpenAPI document of a service ({@code docs/api/<service>.openapi.json}) true:
 * a test fetches what the running service describes and fails when the committed document differs.
 * Run the tests with {@code -Dcandour.docs.update=true} to rewrite the document after an API change.
 */
public final class OpenApiDocument {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiDocument() {}

    /**
     * Compares what the running service serves at {@code /v3/api-docs} with the committed document.
     *
     * @param service the service name, which names the document
     * @param served the body of {@code GET /v3/api-docs}
     * @return the committed document, for further assertions
     * @throws AssertionError when they differ and no update was asked for
     */
    public static JsonNode verify(String service, String served) throws IOException {
        Path published = Path.of("../../docs/api", service + ".openapi.json");
        ObjectNode document = (ObjectNode) JSON.readTree(served);
        // The test server's random port says nothing about the API.
        document.remove("servers");
        if (Boolean.getBoolean("candour.docs.update") || !Files.exists(published)) {
            Files.createDirectories(published.getParent());
            Files.writeString(published, JSON.writeValueAsString(document) + "\n");
            return document;
        }
        JsonNode committed = JSON.readTree(Files.readString(published));
        if (!committed.equals(document)) {
            throw new AssertionError(published.normalize() + " no longer describes the " + service
                    + " API. Review the change and run the tests with -Dcandour.docs.update=true to publish it.");
        }
        return committed;
    }
}
