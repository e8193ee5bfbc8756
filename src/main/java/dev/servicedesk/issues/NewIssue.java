package dev.servicedesk.issues;

public record NewIssue(String title, String description, boolean confidential) {
}
