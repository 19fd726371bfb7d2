package org.tongxing.sandbox.benefits;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;

/**
 * {@code DELETE /sandbox/admin/benefits}: returns the benefit register to its seeded grants, so
 * that a demo or a test can apply again for a benefit an earlier one recorded.
 */
@RestController
@RequestMapping("/sandbox/admin/benefits")
@ConditionalOnSandboxEnabled
public class BenefitAdminController {

  private final BenefitRegister register;

  public BenefitAdminController(BenefitRegister register) {
    this.register = register;
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void reset() {
    register.reset();
  }
}
