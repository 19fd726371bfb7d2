package org.tongxing.sandbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Configuration root for the sandbox's slice tests; the module itself has no application. */
@SpringBootApplication
class SandboxTestApplication {}
