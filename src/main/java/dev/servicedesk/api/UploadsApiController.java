package dev.servicedesk.api;

import java.io.IOException;
import java.io.InputStream;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.json.UploadJson;
import dev.servicedesk.issues.UploadService;
import dev.servicedesk.issues.UploadView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /projects/:id/uploads}: a file for a description or note, returned as Markdown to paste. */
@RestController
@RequestMapping("/api/v4/projects/{id}/uploads")
class UploadsApiController {

    private final UploadService uploads;
    private final ApiLookup lookup;

    UploadsApiController(UploadService uploads, ApiLookup lookup) {
        this.uploads = uploads;
        this.lookup = lookup;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UploadJson upload(Actor actor, @PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        ApiLookup.signedIn(actor);
        long projectId = lookup.project(actor, id).project().id();
        if (file == null) {
            throw new ApiParams.MissingParameterException("file");
        }
        try (InputStream content = file.getInputStream()) {
            UploadView upload = uploads.upload(actor, projectId, file.getOriginalFilename(), file.getContentType(),
                    file.getSize(), content);
            return new UploadJson(upload.id(), upload.fileName(), upload.url(), upload.url(), upload.markdown());
        }
    }
}
