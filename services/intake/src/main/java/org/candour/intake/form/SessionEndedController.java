package org.candour.intake.form;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for a form sent without its CSRF token or with a stale one: the session ended (the token
 * lives in it) or the page was changed. Spring Security forwards here (IntakeSecurity) before
 * anything is stored.
 */
@Controller
class SessionEndedController {

    static final String PATH = "/session-ended";

    @RequestMapping(PATH)
    ModelAndView sessionEnded(HttpServletRequest request) {
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) == null) {
            return Pages.redirect("/");
        }
        return new ModelAndView("session-ended", Map.of(), HttpStatus.FORBIDDEN);
    }
}
