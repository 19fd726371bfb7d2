package org.tongxing.app.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app with Elasticsearch as its search backend: the node this test JVM runs (started once,
 * shared by every such test), indices of a prefix of the app's own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = ElasticsearchNodeInitializer.class)
public @interface OnElasticsearch {}
