package dev.servicedesk.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A person signs in as root in a real browser, creates a group and a project, and signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

    @LocalServerPort int port;
    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void rootSignsInCreatesAGroupAndAProjectAndSignsOut() {
        String base = "http://127.0.0.1:" + port;
        Browser.signIn(browser, base, "root", "wrong password");
        assertThat(browser.findElement(By.cssSelector(".flash.alert")).getText()).contains("Invalid username");

        Browser.signIn(browser, base, "root", "test-root-password");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/projects");
        assertThat(browser.findElement(By.cssSelector(".username")).getText()).contains("@root");

        String path = "browser-" + System.nanoTime();
        browser.get(base + "/groups/new");
        browser.findElement(By.id("name")).sendKeys("Browser Group");
        // The path fills itself from the name; a person may overwrite it.
        assertThat(browser.findElement(By.id("path")).getAttribute("value")).isEqualTo("browser-group");
        browser.findElement(By.id("path")).clear();
        browser.findElement(By.id("path")).sendKeys(path);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/groups/" + path);
        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains("was created");

        browser.findElement(By.linkText("New project")).click();
        browser.findElement(By.id("name")).sendKeys("Help");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/" + path + "/help");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Help");

        browser.findElement(By.cssSelector(".usermenu button")).click();
        assertThat(browser.getCurrentUrl()).contains("/users/sign_in");
        browser.get(base + "/" + path + "/help");
        assertThat(browser.getCurrentUrl()).contains("/users/sign_in");
    }
}
