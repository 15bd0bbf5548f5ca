package org.candour.intake.form;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * How the form answers: a page, the same page again with what is wrong (422, so that tests and logs
 * can tell it from success), or a 303 redirect to the next page after an answer is kept.
 */
final class Pages {

    private Pages() {}

    /**
     * What every question page needs.
     *
     * @param question the question, for the page title
     * @param errors what is wrong, or nothing
     * @param back where the back link goes
     * @param action where the form is sent
     */
    static Map<String, Object> model(String question, FormErrors errors, String back, String action) {
        Map<String, Object> model = new HashMap<>();
        model.put("pageTitle", errors.title(question));
        model.put("errors", errors);
        model.put("back", back);
        model.put("action", action);
        return model;
    }

    static ModelAndView show(String view, Map<String, Object> model) {
        return new ModelAndView(view, model, HttpStatus.OK);
    }

    static ModelAndView showAgain(String view, Map<String, Object> model) {
        return new ModelAndView(view, model, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    static ModelAndView redirect(String path) {
        RedirectView view = new RedirectView(path, true);
        // 303, so the browser follows with a GET and "Back" or refresh never sends the form again.
        view.setHttp10Compatible(false);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    static ModelAndView redirect(Step step) {
        return redirect(step.path());
    }

    /** A value of an enum as sent by a radio or checkbox; nothing if it is not one of them. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
