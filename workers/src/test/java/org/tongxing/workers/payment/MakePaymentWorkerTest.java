package org.tongxing.workers.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.finance.FinancePaymentClient;

class MakePaymentWorkerTest {

  private final MakePaymentWorker worker =
      new MakePaymentWorker(
          new FinancePaymentClient(
              new BureauClient(
                  FinancePaymentClient.SYSTEM.name(),
                  RestClient.create(),
                  () -> "http://finance.test")),
          Duration.ofSeconds(10));

  @Test
  void shouldWorkOnTheJobTypeOfTheSharedContract() throws NoSuchMethodException {
    // when
    JobWorker annotation =
        MakePaymentWorker.class
            .getMethod("makePayment", MakePaymentInput.class)
            .getAnnotation(JobWorker.class);

    // then
    assertThat(annotation.type()).isEqualTo("finance-make-payment");
    assertThat(MakePaymentWorker.JOB_TYPE).isEqualTo("finance-make-payment");
    assertThat(MakePaymentWorker.PAYMENT_REJECTED).isEqualTo("PAYMENT_REJECTED");
  }

  @Test
  void shouldRaiseAnIncidentAtOnceWithoutThePaymentVariable() {
    // given a task without the input mapping
    var input = new MakePaymentInput(null);

    // when
    JobError error = catchThrowableOfType(JobError.class, () -> worker.makePayment(input));

    // then no call is made, and no retry can help
    assertThat(error).isNotNull();
    assertThat(error.getRetries()).isZero();
    assertThat(error.getErrorMessage())
        .startsWith("Expected a local variable 'payment' {paymentId, payeeName, payeeAccount,")
        .endsWith("(an input mapping of the task), but the job has none");
  }
}
