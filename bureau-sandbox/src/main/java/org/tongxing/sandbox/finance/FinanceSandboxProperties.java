package org.tongxing.sandbox.finance;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up settings of the simulated treasury ({@code tongxing.sandbox.finance.*}).
 *
 * @param paymentLimit the largest amount (yuan) the treasury pays in one payment (单笔支付限额); a larger
 *     instruction is refused as {@code over-payment-limit}
 */
@ConfigurationProperties("tongxing.sandbox.finance")
public record FinanceSandboxProperties(@DefaultValue("1000000.00") BigDecimal paymentLimit) {

  public FinanceSandboxProperties {
    if (paymentLimit.signum() <= 0) {
      throw new IllegalArgumentException(
          "Expected tongxing.sandbox.finance.payment-limit greater than 0, but was "
              + paymentLimit.toPlainString());
    }
  }
}
