package org.candour.delivery.casefile;

import java.time.Clock;
import org.candour.delivery.webhook.IdentifierRedactor;
import org.candour.events.ConcernRaisedV1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps what a national body may read of a raised concern's description: identifiers redacted first,
 * then cut to {@value #MAX_CHARACTERS} characters. The description as written and the reporter's
 * identity choice are neither stored nor logged.
 */
@Service
public class SummariseConcern {

    static final int MAX_CHARACTERS = 500;

    private static final Logger log = LoggerFactory.getLogger(SummariseConcern.class);

    private final ConcernSummaries summaries;
    private final Clock clock;

    SummariseConcern(ConcernSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    public void summarise(ConcernRaisedV1 raised) {
        String summary = IdentifierRedactor.summary(IdentifierRedactor.redact(raised.description()), MAX_CHARACTERS);
        if (summaries.addUnlessKnown(raised.concernId(), summary, clock.instant())) {
            log.info("Concern {} ({}) summarised for national bodies", raised.concernId(), raised.reference());
        } else {
            log.info("Concern {} ({}) already has a summary; left unchanged", raised.concernId(), raised.reference());
        }
    }
}
