package dev.servicedesk.issues.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.issues.UploadService;
import dev.servicedesk.issues.UploadView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /-/project/<id>/uploads/<secret>/<name>}: an uploaded file, for those who may read the
 * project (404 for everyone else). Only images a browser decodes as images are shown inline;
 * everything else (HTML, SVG, PDF, ...) is a download, so a customer's file never runs as a page
 * of ours. {@code nosniff} keeps browsers from guessing another type.
 */
@Controller
class UploadController {

    private final UploadService uploads;

    UploadController(UploadService uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/-/project/{projectId:\\d+}/uploads/{secret:[0-9a-f]{32}}/{fileName}")
    void download(Actor actor, @PathVariable long projectId, @PathVariable String secret, @PathVariable String fileName,
                  HttpServletResponse response) throws IOException {
        UploadView upload = uploads.get(actor, projectId, secret, fileName);
        ContentDisposition disposition = (upload.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(upload.fileName(), StandardCharsets.UTF_8).build();
        response.setContentType(upload.image() ? upload.contentType() : downloadType(upload.contentType()));
        response.setContentLengthLong(upload.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
        try (InputStream content = uploads.openContent(upload)) {
            content.transferTo(response.getOutputStream());
        }
    }

    // A text type would get a charset added by the container; the bytes are the customer's, as sent.
    private static String downloadType(String contentType) {
        return contentType.startsWith("text/") ? "application/octet-stream" : contentType;
    }
}
