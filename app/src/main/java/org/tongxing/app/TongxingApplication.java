package org.tongxing.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tongxing: the approval paths of the disability-inclusion policy, run as BPMN processes. */
@SpringBootApplication(scanBasePackages = "org.tongxing")
public class TongxingApplication {

  public static void main(String[] args) {
    SpringApplication.run(TongxingApplication.class, args);
  }
}
