package org.tongxing.app.monitoring;

import org.tongxing.app.TongxingAppTest;

/** The monitoring pages on the default search backend (the relational projection). */
@TongxingAppTest
class MonitoringBrowserTest extends AbstractMonitoringBrowserTest {}
