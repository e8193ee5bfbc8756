package dev.servicedesk.issues;

/**
 * An issue description template. {@code level} is {@code instance}, {@code group} or
 * {@code project}; {@code source} names where it comes from as the pickers show it
 * ("Instance", "Group demo/support", "Project demo/support/web").
 */
public record DescriptionTemplate(long id, String name, String content, String level, String source) {
}
