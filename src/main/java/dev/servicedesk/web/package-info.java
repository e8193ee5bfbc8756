/** Layout, home, dashboard, navigation and error pages; feature pages live in each module's {@code web} package. */
package dev.servicedesk.web;
