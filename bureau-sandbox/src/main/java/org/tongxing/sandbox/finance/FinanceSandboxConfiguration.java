package org.tongxing.sandbox.finance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;

/** Binds the simulated treasury's properties when the sandbox is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandboxEnabled
@EnableConfigurationProperties(FinanceSandboxProperties.class)
public class FinanceSandboxConfiguration {}
