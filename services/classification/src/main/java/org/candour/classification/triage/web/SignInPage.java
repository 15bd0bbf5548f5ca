package org.candour.classification.triage.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks what it posts to {@code /login}. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "sign-in";
    }
}
