package org.candour.intake.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.intake.concern.RaiseConcern;
import org.candour.organisations.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a reporter what has happened to their concern so far and what they have been asked. It
 * trusts the caller to have checked, with {@code ReporterAccess}, that the reporter holds the concern.
 */
@Service
public class FollowConcern {

    private final RaiseConcern concerns;
    private final ProgressSteps steps;
    private final Questions questions;
    private final ProgressWording wording;

    FollowConcern(RaiseConcern concerns, ProgressSteps steps, Questions questions, OrganisationDirectory directory) {
        this.concerns = concerns;
        this.steps = steps;
        this.questions = questions;
        this.wording = new ProgressWording(directory);
    }

    @Transactional(readOnly = true)
    public Optional<ConcernStatus> status(UUID concernId) {
        return concerns.find(concernId).map(concern -> {
            List<ConcernStatus.Progress> progress = new ArrayList<>();
            progress.add(new ConcernStatus.Progress(ProgressWording.RECEIVED, concern.raisedAt()));
            steps.of(concernId).stream()
                    .map(step -> new ConcernStatus.Progress(wording.words(step), step.occurredAt()))
                    .forEach(progress::add);
            return new ConcernStatus(
                    concern.reference().value(), concern.raisedAt(), progress, questions.of(concernId));
        });
    }
}
