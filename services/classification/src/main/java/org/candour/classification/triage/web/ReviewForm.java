package org.candour.classification.triage.web;

import java.util.ArrayList;
import java.util.List;
import org.candour.classification.triage.ProposedReview;
import org.candour.classification.triage.ProposedReview.StatedProfessional;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernClassifiedV2;
import org.candour.events.ConcernClassifiedV2.DomainTag;
import org.candour.events.ConcernClassifiedV2.SignalTag;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.jspecify.annotations.Nullable;

/**
 * The review form on a concern's page, bound from the request. Starts filled with the current revision,
 * so confirming it is one reason and one button.
 */
public class ReviewForm {

    /** Empty rows offered for professionals the classifier did not find. */
    static final int BLANK_ROWS = 2;

    private @Nullable Integer basedOnRevision;
    private String reason = "";
    private @Nullable QualityDomain primaryDomain;
    private List<QualityDomain> domains = new ArrayList<>();
    private @Nullable HarmLevel harm;
    private @Nullable IncidentCategory incidentCategory;
    private List<ProfessionalRow> professionals = new ArrayList<>();
    private @Nullable ComplaintStatus complaintStatus;
    private List<ConcernSignal> signals = new ArrayList<>();

    static ReviewForm of(ConcernClassifiedV2 current) {
        ReviewForm form = new ReviewForm();
        form.basedOnRevision = current.revision();
        form.primaryDomain = current.primaryDomain();
        form.domains = new ArrayList<>(
                current.domains().stream().map(DomainTag::domain).toList());
        form.harm = current.harm().level();
        form.incidentCategory = current.incidentCategory().category();
        current.professionals()
                .forEach(tag -> form.professionals.add(new ProfessionalRow(tag.role(), tag.fitnessToPractise())));
        form.complaintStatus = current.complaint().status();
        form.signals = new ArrayList<>(
                current.signals().stream().map(SignalTag::signal).toList());
        return form.withBlankRows();
    }

    /** The review as stated; rows with no role chosen are not professionals. */
    ProposedReview proposal() {
        return new ProposedReview(
                basedOnRevision,
                reason,
                primaryDomain,
                List.copyOf(domains),
                harm,
                incidentCategory,
                professionals.stream()
                        .filter(row -> row.getRole() != null)
                        .map(row -> new StatedProfessional(row.getRole(), row.isFitnessToPractise()))
                        .toList(),
                complaintStatus,
                List.copyOf(signals));
    }

    /** Keeps what the reviewer entered and offers the blank rows again. */
    ReviewForm withBlankRows() {
        professionals.removeIf(row -> row.getRole() == null);
        for (int i = 0; i < BLANK_ROWS; i++) {
            professionals.add(new ProfessionalRow());
        }
        return this;
    }

    public @Nullable Integer getBasedOnRevision() {
        return basedOnRevision;
    }

    public void setBasedOnRevision(@Nullable Integer basedOnRevision) {
        this.basedOnRevision = basedOnRevision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public @Nullable QualityDomain getPrimaryDomain() {
        return primaryDomain;
    }

    public void setPrimaryDomain(@Nullable QualityDomain primaryDomain) {
        this.primaryDomain = primaryDomain;
    }

    public List<QualityDomain> getDomains() {
        return domains;
    }

    public void setDomains(@Nullable List<QualityDomain> domains) {
        this.domains = domains == null ? new ArrayList<>() : new ArrayList<>(domains);
    }

    public @Nullable HarmLevel getHarm() {
        return harm;
    }

    public void setHarm(@Nullable HarmLevel harm) {
        this.harm = harm;
    }

    public @Nullable IncidentCategory getIncidentCategory() {
        return incidentCategory;
    }

    public void setIncidentCategory(@Nullable IncidentCategory incidentCategory) {
        this.incidentCategory = incidentCategory;
    }

    public List<ProfessionalRow> getProfessionals() {
        return professionals;
    }

    public void setProfessionals(@Nullable List<ProfessionalRow> professionals) {
        this.professionals = professionals == null ? new ArrayList<>() : new ArrayList<>(professionals);
    }

    public @Nullable ComplaintStatus getComplaintStatus() {
        return complaintStatus;
    }

    public void setComplaintStatus(@Nullable ComplaintStatus complaintStatus) {
        this.complaintStatus = complaintStatus;
    }

    public List<ConcernSignal> getSignals() {
        return signals;
    }

    public void setSignals(@Nullable List<ConcernSignal> signals) {
        this.signals = signals == null ? new ArrayList<>() : new ArrayList<>(signals);
    }

    /** One professional on the form; a row with no role is left out. */
    public static class ProfessionalRow {

        private @Nullable ProfessionalRole role;
        private boolean fitnessToPractise;

        public ProfessionalRow() {}

        ProfessionalRow(ProfessionalRole role, boolean fitnessToPractise) {
            this.role = role;
            this.fitnessToPractise = fitnessToPractise;
        }

        public @Nullable ProfessionalRole getRole() {
            return role;
        }

        public void setRole(@Nullable ProfessionalRole role) {
            this.role = role;
        }

        public boolean isFitnessToPractise() {
            return fitnessToPractise;
        }

        public void setFitnessToPractise(boolean fitnessToPractise) {
            this.fitnessToPractise = fitnessToPractise;
        }
    }
}
