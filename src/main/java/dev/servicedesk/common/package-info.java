/** The few types every module shares: the errors that the web and API layers turn into 404, 403 and field errors. */
package dev.servicedesk.common;
