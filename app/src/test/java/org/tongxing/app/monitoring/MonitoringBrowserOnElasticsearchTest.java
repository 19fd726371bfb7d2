package org.tongxing.app.monitoring;

import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.search.OnElasticsearch;

/** The monitoring pages with Elasticsearch as the search backend (the test JVM's node). */
@TongxingAppTest
@OnElasticsearch
class MonitoringBrowserOnElasticsearchTest extends AbstractMonitoringBrowserTest {}
