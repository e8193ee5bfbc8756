/**
 * The few types every module shares: the errors that the web and API layers turn into 404, 403 and
 * field errors, instance settings, and {@link dev.servicedesk.common.Markdown}, the one Markdown
 * renderer (sanitised HTML and plain text).
 */
package dev.servicedesk.common;
