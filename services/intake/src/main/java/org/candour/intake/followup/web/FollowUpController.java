package org.candour.intake.followup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.candour.intake.concern.Concern;
import org.candour.intake.concern.ReporterAccess;
import org.candour.intake.followup.AnswerQuestion;
import org.candour.intake.followup.ConcernStatus;
import org.candour.intake.followup.FollowConcern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The reporter's follow-up pages. Signing in with the reference and the receipt code (anonymous) or
 * email (named or confidential) keeps only the concern's id in the session; a wrong secret and an
 * unknown reference get the same page. None of these pages may rest in a cache.
 */
@Controller
@RequestMapping("/follow-up")
class FollowUpController {

    /** The only thing the session holds: which concern its reporter opened. */
    static final String CONCERN_ID = "candour.followUp.concernId";

    static final String NOT_FOUND =
            "We could not find a concern with that reference and code. Check both and try again.";

    /** Longer than anything a reporter could rightly type; longer input is refused without looking. */
    private static final int MAX_REFERENCE = 50;

    private static final int MAX_SECRET = 320;

    private final ReporterAccess access;
    private final FollowConcern followConcern;
    private final AnswerQuestion answerQuestion;
    private final SignInAttempts attempts;

    FollowUpController(
            ReporterAccess access,
            FollowConcern followConcern,
            AnswerQuestion answerQuestion,
            SignInAttempts attempts) {
        this.access = access;
        this.followConcern = followConcern;
        this.answerQuestion = answerQuestion;
        this.attempts = attempts;
    }

    /**
     * Every page here shows or leads to a reporter's concern. The CSRF token is made before the page
     * is written, because the session that keeps it cannot start once the page is streaming out.
     */
    @ModelAttribute
    void everyPage(HttpServletResponse response, @Nullable CsrfToken csrf) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @GetMapping
    ModelAndView signInPage() {
        return signIn("", PageErrors.none(), HttpStatus.OK);
    }

    @PostMapping
    ModelAndView signIn(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String secret,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (reference.isBlank() || secret.isBlank()) {
            return signIn(reference, blank(reference, secret), HttpStatus.OK);
        }
        Optional<Duration> wait = attempts.tryFor(request.getRemoteAddr(), reference);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return new ModelAndView(
                    "follow-up/too-many-attempts", Map.of("seconds", seconds), HttpStatus.TOO_MANY_REQUESTS);
        }
        Optional<Concern> concern = reference.length() > MAX_REFERENCE || secret.length() > MAX_SECRET
                ? Optional.empty()
                : access.open(reference, secret);
        if (concern.isEmpty()) {
            return signIn(reference, PageErrors.of("reference", NOT_FOUND), HttpStatus.OK);
        }
        request.getSession(true);
        // A new session id once the reporter is in, so that an id planted before cannot follow them.
        request.changeSessionId();
        request.getSession().setAttribute(CONCERN_ID, concern.get().id());
        return seeOther("/follow-up/status");
    }

    private static PageErrors blank(String reference, String secret) {
        List<PageErrors.Error> errors = new ArrayList<>();
        if (reference.isBlank()) {
            errors.add(new PageErrors.Error("reference", "Enter the reference of your concern, like QC-2026-000123"));
        }
        if (secret.isBlank()) {
            errors.add(new PageErrors.Error("secret", "Enter your receipt code or the email address you gave"));
        }
        return new PageErrors(errors);
    }

    /** The secret is never put back into the page: only the reference the reporter typed. */
    private static ModelAndView signIn(String reference, PageErrors errors, HttpStatus status) {
        String typed = reference.length() > MAX_REFERENCE ? reference.substring(0, MAX_REFERENCE) : reference;
        return new ModelAndView("follow-up/sign-in", Map.of("reference", typed, "errors", errors), status);
    }

    @GetMapping("/status")
    ModelAndView status(HttpServletRequest request) {
        Optional<ConcernStatus> status = signedIn(request).flatMap(followConcern::status);
        if (status.isEmpty()) {
            return seeOther("/follow-up");
        }
        return statusPage(status.get(), PageErrors.none(), null, "");
    }

    @PostMapping("/questions/{questionId}/answer")
    ModelAndView answer(
            @PathVariable String questionId,
            @Valid @ModelAttribute AnswerForm form,
            BindingResult validation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Optional<UUID> concernId = signedIn(request);
        if (concernId.isEmpty()) {
            return seeOther("/follow-up");
        }
        Optional<UUID> question = uuid(questionId);
        Optional<ConcernStatus> status = concernId.flatMap(followConcern::status);
        if (question.isEmpty() || status.isEmpty()) {
            return notFound();
        }
        if (validation.hasErrors()) {
            String field = "answer-" + question.get();
            FieldError error = validation.getFieldError("answer");
            String message = error == null ? "Enter your answer" : String.valueOf(error.getDefaultMessage());
            return statusPage(
                    status.get(),
                    PageErrors.of(field, message),
                    question.get(),
                    form.answer() == null ? "" : form.answer());
        }
        return switch (answerQuestion.answer(concernId.get(), question.get(), String.valueOf(form.answer()))) {
            case ANSWERED -> {
                redirect.addFlashAttribute("sent", true);
                yield seeOther("/follow-up/status");
            }
            case ALREADY_ANSWERED -> {
                redirect.addFlashAttribute("alreadyAnswered", true);
                yield seeOther("/follow-up/status");
            }
            case NO_SUCH_QUESTION -> notFound();
        };
    }

    @PostMapping("/sign-out")
    ModelAndView signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return seeOther("/follow-up/signed-out");
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "follow-up/signed-out";
    }

    private static ModelAndView statusPage(
            ConcernStatus status, PageErrors errors, @Nullable UUID answering, String typedAnswer) {
        ModelAndView page = new ModelAndView("follow-up/status", HttpStatus.OK);
        page.addObject("page", StatusPage.of(status));
        page.addObject("errors", errors);
        page.addObject("answering", answering == null ? "" : answering.toString());
        page.addObject("typedAnswer", typedAnswer);
        return page;
    }

    private static Optional<UUID> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CONCERN_ID) instanceof UUID id
                ? Optional.of(id)
                : Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static ModelAndView notFound() {
        return new ModelAndView("follow-up/not-found", HttpStatus.NOT_FOUND);
    }

    private static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
