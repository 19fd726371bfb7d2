package org.tongxing.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * Starting a case in Chromium: the catalogue lists the deployed policy paths with a start form (and
 * not the tasklist's helper process); the start form refuses a wrong value, tied to its field, then
 * starts the case with nested variables, whose review reaches the federation.
 */
@TongxingAppTest
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
class StartCaseBrowserTest {

  @LocalServerPort int port;
  @Autowired CamundaClient client;

  @Test
  void shouldStartACaseFromTheCatalogueWithItsStartForm(WebDriver driver) {
    // given
    StaffBrowser staff = new StaffBrowser(driver, port);
    staff.signIn("county-lucheng");

    // when the clerk opens the catalogue
    staff.open("/cases/new");
    staff.scan("/cases/new");

    // then it lists the employment subsidy and not the co-signing helper
    assertThat(staff.text(".catalogue")).contains("残疾人就业补贴和奖励申请").doesNotContain("加签");

    // when the clerk fills the start form with a wrong credit code
    driver.findElement(By.linkText("残疾人就业补贴和奖励申请")).click();
    staff.waitFor().until(ExpectedConditions.titleContains("残疾人就业补贴和奖励申请"));
    staff.awaitFormJs();
    staff.scan("start form");
    staff.field("单位名称").sendKeys("温州同行制衣有限公司");
    staff.field("统一社会信用代码").sendKeys("12345");
    new Select(staff.field("所在县")).selectByValue("lucheng");
    staff.field("补贴年度").sendKeys("2025");
    staff.field("联系人").sendKeys("陈建国");
    staff.field("收款户名").sendKeys("温州同行制衣有限公司");
    staff.field("收款账号").sendKeys("6222020200112233445");
    staff.field("开户银行").sendKeys("工商银行温州分行");
    // the employees are a dynamic list, which only form-js fills in; its rows are checked again
    staff.field("姓名").sendKeys("陈建国");
    staff.field("身份证号").sendKeys("330302197804152112");
    staff.field("残疾人证号").sendKeys("33030219780415211242");
    staff.find("form[action*='/cases/new/'] button[type=submit]").click();

    // then the form refuses it before sending, the error tied to the field
    staff
        .waitFor()
        .until(ExpectedConditions.presenceOfElementLocated(By.id("form-js-error-summary")));
    String code = staff.field("统一社会信用代码").getDomAttribute("id");
    assertThat(staff.find("#form-js-error-summary a").getDomAttribute("href"))
        .isEqualTo("#" + code);
    assertThat(staff.text("#form-js-error-summary")).contains("统一社会信用代码", "至少需要 18 个字");
    assertThat(staff.find("#" + code).getDomAttribute("aria-invalid")).isEqualTo("true");
    staff.scan("start form, refused");

    // when the clerk corrects it
    staff.find("#" + code).clear();
    staff.find("#" + code).sendKeys("91330302MA2AXXXX0X");
    staff.find("form[action*='/cases/new/'] button[type=submit]").click();

    // then the case starts with the employer as one variable, and its review waits at the DPF
    staff.waitFor().until(ExpectedConditions.urlToBe(staff.url("/tasks")));
    assertThat(staff.text("[role=status]")).startsWith("已发起办件：残疾人就业补贴和奖励申请");
    // then the case runs with the employer as one variable and the employees as a list
    var employer =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    client
                        .newVariableSearchRequest()
                        .filter(
                            v ->
                                v.name("employer")
                                    .value(value -> value.like("*91330302MA2AXXXX0X*")))
                        .send()
                        .join()
                        .items(),
                items -> !items.isEmpty())
            .get(0);
    assertThat(employer.getValue())
        .contains("\"county\":\"lucheng\"", "\"accountNumber\":\"6222020200112233445\"");
    assertThat(
            client
                .newVariableSearchRequest()
                .filter(
                    v -> v.processInstanceKey(employer.getProcessInstanceKey()).name("employees"))
                .send()
                .join()
                .items())
        .extracting(v -> v.getValue())
        .anySatisfy(value -> assertThat(value).contains("33030219780415211242", "陈建国"));
    assertThat(staff.allPagesAccessible())
        .as(AccessibilityScan.describe(staff.violations()))
        .isTrue();
  }
}
