package org.tongxing.app.approval;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reconciler of co-signer requests runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ApprovalConfiguration {}
