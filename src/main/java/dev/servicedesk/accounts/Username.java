package dev.servicedesk.accounts;

import java.util.regex.Pattern;

import dev.servicedesk.common.InvalidInputException;

/** GitLab's username rule: letters, digits, '_', '-', '.'; not starting with '-' or '.', nor ending in '.', '.git' or '.atom'. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("username", "Username can't be blank");
        }
        if (!ALLOWED.matcher(value).matches() || value.endsWith(".") || value.endsWith(".git") || value.endsWith(".atom")) {
            throw new InvalidInputException("username",
                    "Username can contain only letters, digits, '_', '-' and '.', cannot start with '-' or '.', and cannot end in '.', '.git' or '.atom'");
        }
    }
}
