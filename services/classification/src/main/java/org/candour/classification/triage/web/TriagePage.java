package org.candour.classification.triage.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.classification.tagging.Classification;
import org.candour.classification.tagging.Classifications;
import org.candour.classification.triage.InvalidReviewException;
import org.candour.classification.triage.ProposedReview;
import org.candour.classification.triage.ReviewClassification;
import org.candour.classification.triage.Reviews;
import org.candour.classification.triage.StaleRevisionException;
import org.candour.events.ComplaintStatus;
import org.candour.events.ConcernSignal;
import org.candour.events.HarmLevel;
import org.candour.events.IncidentCategory;
import org.candour.events.ProfessionalRole;
import org.candour.events.QualityDomain;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The triage pages for the trust quality team: the queue, and a concern with its review form and audit. */
@Controller
class TriagePage {

    private final Classifications classifications;
    private final Reviews reviews;
    private final ReviewClassification reviewClassification;

    TriagePage(Classifications classifications, Reviews reviews, ReviewClassification reviewClassification) {
        this.classifications = classifications;
        this.reviews = reviews;
        this.reviewClassification = reviewClassification;
    }

    @ModelAttribute("reviewer")
    String reviewer(Principal reviewer) {
        return reviewer.getName();
    }

    @GetMapping("/triage")
    String queue(Model model) {
        model.addAttribute(
                "queue",
                classifications.awaitingTriage().stream().map(QueuedConcern::of).toList());
        model.addAttribute("names", DisplayNames.INSTANCE);
        return "triage/queue";
    }

    @GetMapping("/triage/{concernId}")
    String concern(@PathVariable UUID concernId, Model model) {
        Classification classification = find(concernId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReviewForm.of(classification.current()));
        }
        return page(classification, Map.of(), model);
    }

    @PostMapping("/triage/{concernId}")
    String review(
            @PathVariable UUID concernId,
            @ModelAttribute("form") ReviewForm form,
            BindingResult binding,
            Principal reviewer,
            Model model,
            RedirectAttributes redirect) {
        Classification classification = find(concernId);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            add(errors, error.getField(), "Choose one of the options offered");
        }
        if (errors.isEmpty()) {
            try {
                var reviewed = reviewClassification.review(concernId, form.proposal(), reviewer.getName());
                redirect.addFlashAttribute("reviewed", reviewed.toRevision());
                return "redirect:/triage/" + concernId;
            } catch (InvalidReviewException e) {
                e.violations().forEach(violation -> add(errors, violation.field(), violation.message()));
            } catch (StaleRevisionException e) {
                add(
                        errors,
                        "basedOnRevision",
                        "Someone else reviewed this concern while you were reading it: revision "
                                + e.currentRevision()
                                + " is now current. Check the classification and their review below, then review"
                                + " it again.");
                classification = find(concernId);
                form.setBasedOnRevision(classification.current().revision());
            }
        }
        form.withBlankRows();
        return page(classification, errors, model);
    }

    private String page(Classification classification, Map<String, List<String>> errors, Model model) {
        model.addAttribute("classification", classification);
        model.addAttribute("current", classification.current());
        model.addAttribute("reviews", reviews.of(classification.concernId()));
        model.addAttribute("errors", errors);
        model.addAttribute("names", DisplayNames.INSTANCE);
        model.addAttribute("domainOptions", QualityDomain.values());
        model.addAttribute("harmOptions", HarmLevel.values());
        model.addAttribute("categoryOptions", IncidentCategory.values());
        model.addAttribute("roleOptions", ProfessionalRole.values());
        model.addAttribute("complaintOptions", ComplaintStatus.values());
        model.addAttribute("signalOptions", ConcernSignal.values());
        model.addAttribute("minReason", ProposedReview.MIN_REASON_LENGTH);
        model.addAttribute("maxReason", ProposedReview.MAX_REASON_LENGTH);
        return "triage/concern";
    }

    private Classification find(UUID concernId) {
        return classifications
                .find(concernId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No classification for concern " + concernId));
    }

    /** Errors are shown by the group of fields they belong to: {@code professionals[1].role} by professionals. */
    private static void add(Map<String, List<String>> errors, String field, String message) {
        String group = field.split("[.\\[]", 2)[0];
        errors.computeIfAbsent(group, key -> new ArrayList<>()).add(message);
    }
}
