package org.candour.intake.form;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
