package dev.servicedesk.e2e;

import java.time.Duration;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.inbound.TestMail;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A maintainer sets up Service Desk by the UI alone: a description template, the switch, a custom
 * suffix, the template to append, their own thank-you text with its preview; then a customer's
 * mail to the new alias shows up in Issues > Service Desk with the template appended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceDeskSettingsBrowserTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired EmbeddedMailServer mailServer;
    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMaintainerSetsUpServiceDeskAndACustomersMailToTheAliasArrivesWithTheTemplate() throws Exception {
        String base = "http://127.0.0.1:" + port;
        UserView maintainer = fixtures.user("maintainer");
        ProjectView project = fixtures.project(maintainer, Visibility.PRIVATE);
        String projectUrl = base + "/" + project.fullPath();
        browser = Browser.start();
        Browser.signIn(browser, base, maintainer.username(), Fixtures.PASSWORD);

        // A template of the project's own, from the settings tabs.
        browser.get(projectUrl + "/edit");
        browser.findElement(By.cssSelector("nav[aria-label=Settings] a[href$='/-/description_templates']")).click();
        browser.findElement(By.id("new-template-name")).sendKeys("Support request");
        browser.findElement(By.id("new-template-content")).sendKeys("## Triage checklist");
        browser.findElement(By.cssSelector("#new-template button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains("Support request");

        // Settings > Service Desk: on, suffix, template.
        browser.findElement(By.cssSelector("nav[aria-label=Settings] a[href$='/-/settings/service_desk']")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(projectUrl + "/-/settings/service_desk");
        assertThat(browser.getPageSource()).contains("Anyone can send email to this address");
        WebElement enabled = browser.findElement(By.cssSelector("#service-desk-settings input[type=checkbox][name=enabled]"));
        if (!enabled.isSelected()) {
            enabled.click();
        }
        browser.findElement(By.id("customSuffix")).sendKeys("support");
        new Select(browser.findElement(By.id("issueTemplateKey"))).selectByVisibleText("Support request");
        browser.findElement(By.cssSelector("#service-desk-settings button[type=submit]")).click();
        String alias = "contact+" + project.slug() + "-support@servicedesk.localhost";
        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains(alias);
        assertThat(browser.findElements(By.cssSelector(".copy-row input"))).extracting(input -> input.getAttribute("value"))
                .contains("incoming+" + project.slug() + "-" + project.id() + "-issue-@servicedesk.localhost", alias);

        // The thank-you mail in their own words, previewed, then saved.
        WebElement thankYou = browser.findElement(By.id("content-thank_you"));
        thankYou.clear();
        thankYou.sendKeys("**Thanks** for writing! Your ticket is %{ISSUE_ID}.");
        browser.findElement(By.cssSelector("#mail-template-thank_you button[value=preview]")).click();
        WebElement preview = browser.findElement(By.cssSelector("#mail-template-thank_you .mail-preview .markdown"));
        assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("Thanks");
        assertThat(preview.getText()).contains("Your ticket is #42.");
        browser.findElement(By.cssSelector("#mail-template-thank_you button[value=save]")).click();
        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains("thank_you template was saved");

        // A customer writes to the alias (received by the service_desk_email mailbox's listener).
        new TestMail(mailServer).send(alias, "Cannot log in", "My password stopped working.", null);
        browser.get(projectUrl + "/-/issues/service_desk");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.navigate().refresh();
            return browser.getPageSource().contains("Cannot log in");
        });
        assertThat(browser.findElement(By.cssSelector(".list.issues")).getText()).contains("customer@example.com");
        browser.findElement(By.linkText("Cannot log in")).click();
        assertThat(browser.getPageSource()).contains("My password stopped working.").contains("Triage checklist");
    }
}
