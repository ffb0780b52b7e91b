package dev.portcullis.deploy.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager is never asked to download a
 * browser), pointed at the app under test. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            this.profile = Files.createTempDirectory("portcullis-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until the page holds the element (a page that settles after loading), then returns it. */
    WebElement await(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            String text = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("no " + css + " on " + path() + ": "
                    + text.substring(0, Math.min(600, text.length())), e);
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks something that loads another page and waits until that page has replaced this one. */
    void follow(WebElement element) {
        WebElement current = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(current));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element has left the document: Chromium says so either as a stale reference or, while the next page
     * is being put in place (a page refreshing itself), as a node that "does not belong to the document".
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Finds and follows; when Chromium reports the element gone from the document between finding and clicking
     * (the page settling after a load), clicks it again only if the page still holds it: a click reported as failed
     * may already have submitted its form, and clicking on the page it led to would find nothing.
     */
    void follow(String css) {
        try {
            follow(find(css));
        } catch (org.openqa.selenium.WebDriverException e) {
            boolean detached = e instanceof org.openqa.selenium.StaleElementReferenceException
                    || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
            if (!detached) {
                throw e;
            }
            if (all(css).isEmpty()) {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                        ((ChromeDriver) d).executeScript("return document.readyState")));
                return;
            }
            follow(find(css));
        }
    }

    /**
     * Signs in through the login form and waits until the browser has left it. Chromium can report the submit
     * button gone from the document while the form is already being posted, so the wait is on where the browser
     * ends up, not on the click.
     */
    void signIn(String user, String password) {
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        org.openqa.selenium.WebDriverException clickError = null;
        try {
            find("form[action='/login'] button[type=submit]").click();
        } catch (org.openqa.selenium.WebDriverException e) {
            clickError = e; // the form may already be on its way: where the browser lands decides
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !path().startsWith("/login")
                    && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            AssertionError failure = new AssertionError("still on " + path() + " after signing in as " + user, e);
            if (clickError != null) {
                failure.addSuppressed(clickError);
            }
            throw failure;
        }
    }

    /** Saves a full-height screenshot of the current page as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        // the window's height holds the browser's own bars too: without them the page's foot was cut off
        Long height = (Long) driver.executeScript("return Math.max(document.documentElement.scrollHeight,"
                + " document.body.scrollHeight) + window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(height, 900), 6000)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
