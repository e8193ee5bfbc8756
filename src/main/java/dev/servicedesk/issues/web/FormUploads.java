package dev.servicedesk.issues.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.UploadProperties;
import dev.servicedesk.issues.UploadService;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file field of the new-issue and comment forms: each chosen file becomes an upload whose
 * Markdown link is appended to the text, one per line, as GitLab's editor inserts them.
 */
@Component
class FormUploads {

    private final UploadService uploads;
    private final UploadProperties properties;

    FormUploads(UploadService uploads, UploadProperties properties) {
        this.uploads = uploads;
        this.properties = properties;
    }

    /** {@code text} with the links of the stored files; nothing is stored when one file is too large. */
    String append(Actor actor, long projectId, String text, List<MultipartFile> files) {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).toList();
        for (MultipartFile file : chosen) {
            if (file.getSize() > properties.maxSize().toBytes()) {
                throw new InvalidInputException("file", "“" + file.getOriginalFilename() + "” is too large (maximum is "
                        + properties.maxSize().toMegabytes() + " MB)");
            }
        }
        if (chosen.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text == null ? "" : text.stripTrailing());
        for (MultipartFile file : chosen) {
            try (InputStream content = file.getInputStream()) {
                String link = uploads.upload(actor, projectId, file.getOriginalFilename(), file.getContentType(), file.getSize(), content)
                        .markdown();
                out.append(out.isEmpty() ? "" : "\n\n").append(link);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the uploaded file " + file.getOriginalFilename(), e);
            }
        }
        return out.toString();
    }
}
