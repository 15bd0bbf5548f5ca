package org.candour.classification.tagging.web;

import java.util.UUID;
import org.candour.classification.tagging.Classifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/classifications")
class ClassificationController {

    private final Classifications classifications;

    ClassificationController(Classifications classifications) {
        this.classifications = classifications;
    }

    @GetMapping("/{concernId}")
    ClassificationView classification(@PathVariable UUID concernId) {
        return classifications
                .find(concernId)
                .map(ClassificationView::of)
                .orElseThrow(() -> new ConcernNotClassifiedException(concernId));
    }
}
