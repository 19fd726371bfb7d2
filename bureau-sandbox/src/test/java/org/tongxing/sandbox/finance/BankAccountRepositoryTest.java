package org.tongxing.sandbox.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Guards the synthetic accounts that tests and demos rely on (bureau-sandbox/README.md). */
class BankAccountRepositoryTest {

  private final BankAccountRepository repository = new BankAccountRepository(new ObjectMapper());

  @Test
  void shouldHoldAnAccountOfEveryStatus() {
    // when / then
    assertThat(repository.findAll())
        .extracting(BankAccount::status)
        .contains(AccountStatus.values());
  }

  @Test
  void shouldFindTheWellKnownAccountsOfTheReadme() {
    // when / then
    assertThat(repository.findByNumber("6217001820001234567"))
        .get()
        .extracting(BankAccount::holderName, BankAccount::status)
        .containsExactly("温州同行制衣有限公司", AccountStatus.OPEN);
    assertThat(repository.findByNumber("6217001820009990001"))
        .get()
        .extracting(BankAccount::status)
        .isEqualTo(AccountStatus.CLOSED);
    assertThat(repository.findByNumber("6222021203009990002"))
        .get()
        .extracting(BankAccount::status)
        .isEqualTo(AccountStatus.FROZEN);
    assertThat(repository.findByNumber("6228480328009990003"))
        .get()
        .extracting(BankAccount::status)
        .isEqualTo(AccountStatus.NOT_FOUND);
    assertThat(repository.findByNumber("6217001820007654321")).isEmpty();
  }
}
