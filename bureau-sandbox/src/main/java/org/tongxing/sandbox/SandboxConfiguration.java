package org.tongxing.sandbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the sandbox's properties when the sandbox is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandboxEnabled
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfiguration {}
