package dev.servicedesk.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue tracker as its users meet it, in two real browsers: root sets up a project and a
 * Guest, works an issue to closed; the Guest sees only what a Guest may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IssueTrackerBrowserTests {

    @LocalServerPort int port;
    WebDriver root;
    WebDriver guest;

    @AfterEach
    void closeBrowsers() {
        if (root != null) {
            root.quit();
        }
        if (guest != null) {
            guest.quit();
        }
    }

    @Test
    void rootWorksAnIssueToClosedAndAGuestSeesOnlyWhatAGuestMay() {
        String base = "http://127.0.0.1:" + port;
        String suffix = Long.toString(System.nanoTime(), 36);
        String group = "team-" + suffix;
        String guestName = "guest-" + suffix;
        root = Browser.start();
        Browser.signIn(root, base, "root", "test-root-password");

        // An admin creates the second user.
        root.get(base + "/admin/users/new");
        root.findElement(By.id("username")).sendKeys(guestName);
        root.findElement(By.id("name")).sendKeys("Gina Guest");
        root.findElement(By.id("email")).sendKeys(guestName + "@example.com");
        root.findElement(By.id("password")).sendKeys("guest-password-1");
        root.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(root.findElement(By.cssSelector(".flash.notice")).getText()).contains(guestName);

        // Group and project; the path fills itself from the name.
        root.get(base + "/groups/new");
        root.findElement(By.id("name")).sendKeys("Team " + suffix);
        root.findElement(By.id("path")).clear();
        root.findElement(By.id("path")).sendKeys(group);
        root.findElement(By.cssSelector("form.card button[type=submit]")).click();
        root.findElement(By.linkText("New project")).click();
        root.findElement(By.id("name")).sendKeys("Help Desk");
        assertThat(root.findElement(By.id("path")).getAttribute("value")).isEqualTo("help-desk");
        root.findElement(By.cssSelector("form.card button[type=submit]")).click();
        String project = base + "/" + group + "/help-desk";
        assertThat(root.getCurrentUrl()).isEqualTo(project);

        // The Guest joins the project.
        root.findElement(By.linkText("Members")).click();
        root.findElement(By.id("member-username")).sendKeys(guestName);
        new Select(root.findElement(By.id("member-level"))).selectByVisibleText("Guest");
        root.findElement(By.cssSelector("form.add-member button")).click();
        assertThat(root.findElement(By.cssSelector(".flash.notice")).getText()).contains(guestName + " was added as Guest");

        // A confidential issue and a normal one.
        String secretUrl = openIssue(project, "Salary data request", "Only for the team", true);
        String normalUrl = openIssue(project, "Printer on fire", "It **really** is.", false);
        assertThat(root.findElement(By.cssSelector(".markdown.description strong")).getText()).isEqualTo("really");

        // Comment, internal note, close.
        comment("We are on it.", false);
        comment("Customer is a VIP, be nice (internal).", true);
        assertThat(root.findElements(By.cssSelector(".note.internal"))).hasSize(1);
        root.findElement(By.xpath("//button[text()='Close issue']")).click();
        assertThat(root.findElement(By.cssSelector(".state")).getText()).isEqualTo("Closed");
        assertThat(root.findElement(By.cssSelector(".system-note:last-child")).getText()).contains("closed");

        root.get(project + "/-/issues");
        assertThat(root.findElement(By.cssSelector(".list.issues")).getText()).doesNotContain("Printer on fire");
        root.findElement(By.partialLinkText("Closed")).click();
        assertThat(root.findElement(By.cssSelector(".list.issues")).getText()).contains("Printer on fire");

        // The Guest, in a browser of their own.
        guest = Browser.start();
        Browser.signIn(guest, base, guestName, "guest-password-1");
        guest.get(project + "/-/issues?state=all");
        String list = guest.findElement(By.cssSelector("main")).getText();
        assertThat(list).contains("Printer on fire").doesNotContain("Salary data request");
        guest.get(secretUrl);
        assertThat(guest.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        guest.get(normalUrl);
        String page = guest.findElement(By.cssSelector("main")).getText();
        assertThat(page).contains("We are on it.").doesNotContain("VIP");
        assertThat(guest.findElements(By.id("note-internal"))).isEmpty();
    }

    private String openIssue(String project, String title, String description, boolean confidential) {
        root.get(project + "/-/issues/new");
        root.findElement(By.id("title")).sendKeys(title);
        root.findElement(By.id("description")).sendKeys(description);
        if (confidential) {
            root.findElement(By.id("confidential1")).click();
        }
        root.findElement(By.cssSelector("form.card button[type=submit].primary")).click();
        assertThat(root.findElement(By.cssSelector("h1.issue-title")).getText()).isEqualTo(title);
        return root.getCurrentUrl();
    }

    private void comment(String text, boolean internal) {
        root.findElement(By.id("note-body")).sendKeys(text);
        if (internal) {
            root.findElement(By.id("note-internal")).click();
        }
        root.findElement(By.xpath("//button[text()='Comment']")).click();
        // The form posts and the page reloads: wait for the new page instead of reading the old one.
        boolean shown = new WebDriverWait(root, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector(".thread li:last-child")).getText().contains(text));
        assertThat(shown).isTrue();
    }
}
