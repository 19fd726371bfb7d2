package org.tongxing.app.tasklist;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link TasklistProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TasklistProperties.class)
public class TasklistConfiguration {}
