package org.tongxing.workers.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.workers.SandboxAdmin;
import org.tongxing.workers.WorkersSandboxTest;

@WorkersSandboxTest
class CheckHouseholdRegistrationsSandboxTest {

  @LocalServerPort private int port;
  @Autowired private CheckHouseholdRegistrationsWorker worker;

  @AfterEach
  void resetSandbox() {
    new SandboxAdmin(port).resetFaults();
    new SandboxAdmin(port).resetBenefits();
  }

  @Test
  void shouldCountRegistrationsAnywhereInChinaAndNothingElse() {
    // given the well-known people of bureau-sandbox/README.md
    var input =
        new CheckHouseholdRegistrationsInput(
            List.of(
                new Person("陈建国", "330302197804152112"),
                new Person("刘强", "510107198703104516"),
                new Person("孙德胜", "330327197105059119"),
                new Person("赵六", "330302198001010019"),
                new Person("钱伟", "330304198209223914"),
                new Person("李四", "330302197804152112")));

    // when
    var output = worker.checkHouseholdRegistrations(input);

    // then
    assertThat(output.householdChecks())
        .extracting(
            HouseholdCheck::name,
            HouseholdCheck::registered,
            HouseholdCheck::regionName,
            HouseholdCheck::reason)
        .containsExactly(
            tuple("陈建国", true, "浙江省温州市鹿城区", null),
            tuple("刘强", true, "四川省成都市武侯区", null),
            tuple("孙德胜", false, "浙江省温州市苍南县", "户籍已注销（出国（境）定居，户口注销）"),
            tuple("赵六", false, null, "查无户籍"),
            tuple("钱伟", false, null, "身份证号校验不通过"),
            tuple("李四", false, null, "户籍姓名与申报姓名不符"));
  }

  @Test
  void shouldFailTheJobForARetryWhileTheSystemIsDown() {
    // given
    new SandboxAdmin(port).failNext("public-security-households", 1);
    var input =
        new CheckHouseholdRegistrationsInput(List.of(new Person("陈建国", "330302197804152112")));

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.checkHouseholdRegistrations(input));

    // then
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(3));
    assertThat(error.getErrorMessage())
        .startsWith("Expected 200 or a household-registration-not-found 404 from GET http://")
        .endsWith("but got 503 SERVICE_UNAVAILABLE");
    assertThat(worker.checkHouseholdRegistrations(input).householdChecks())
        .singleElement()
        .extracting(HouseholdCheck::registered)
        .isEqualTo(true);
  }
}
