package org.tongxing.app.tasklist.queue;

/** One entry of the queue navigation: its name's message key, address, and whether it is shown. */
public record QueueLink(String messageKey, String href, boolean current) {}
