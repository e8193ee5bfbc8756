package dev.servicedesk.api;

import dev.servicedesk.common.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other {@code /api} URL is a JSON 404, not the web's HTML page. */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void notFound() {
        throw new NotFoundException("Not found");
    }
}
