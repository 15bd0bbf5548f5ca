package org.candour.routing.timeline;

import static org.candour.web.Problems.problem;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6,}");

    private final Timelines timelines;

    TimelineController(Timelines timelines) {
        this.timelines = timelines;
    }

    /**
     * Each revision of the classification received (with the evidence, and the reviewer and their
     * reason for a correction), then each case it opened or withdrew with the reasons, in order.
     */
    @GetMapping(path = "/api/v1/concerns/{reference}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    Timeline timeline(@PathVariable String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw problem(
                    HttpStatus.BAD_REQUEST,
                    "Not a concern reference",
                    "A concern reference looks like QC-2026-000123.");
        }
        return timelines
                .of(reference)
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "No timeline yet",
                        "Routing has no record of " + reference
                                + ". A concern appears here once it has been classified, usually within seconds."));
    }
}
