package dev.servicedesk.projects.web;

import java.util.Set;

import dev.servicedesk.common.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows a service's {@link InvalidInputException} next to the form field it names. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, InvalidInputException error, Set<String> fields) {
        if (error.field() != null && fields.contains(error.field())) {
            result.rejectValue(error.field(), "invalid", error.getMessage());
        } else {
            result.reject("invalid", error.getMessage());
        }
    }
}
