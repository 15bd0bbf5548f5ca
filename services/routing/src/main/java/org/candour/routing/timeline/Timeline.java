package org.candour.routing.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A concern's audit timeline, oldest entry first.
 *
 * @param reference the concern's human reference
 * @param concernId the concern's id
 * @param entries what happened to it, in order
 */
record Timeline(String reference, UUID concernId, List<Entry> entries) {

    /** One step in the concern's life. */
    @JsonPropertyOrder({"kind", "at"})
    sealed interface Entry permits Classified, Routed, NeedsTriage {
        @JsonProperty("kind")
        String kind();

        Instant at();
    }

    /** How classification tagged the concern, with the evidence. */
    record Classified(
            Instant at,
            String policyVersion,
            String primaryDomain,
            JsonNode domains,
            JsonNode harm,
            boolean urgent,
            boolean needsTriage)
            implements Entry {
        @Override
        public String kind() {
            return "CLASSIFIED";
        }
    }

    /** A case opened for one body, with the reasons. */
    record Routed(
            Instant at,
            UUID caseId,
            String destination,
            String recipientCode,
            String recipientName,
            List<String> reasons,
            String policyVersion)
            implements Entry {
        @Override
        public String kind() {
            return "ROUTED";
        }
    }

    /** No rule could place the concern; a person must decide. */
    record NeedsTriage(Instant at, @Nullable String reason, String policyVersion) implements Entry {
        @Override
        public String kind() {
            return "NEEDS_TRIAGE";
        }
    }
}
