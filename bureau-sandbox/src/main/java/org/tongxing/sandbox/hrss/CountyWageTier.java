package org.tongxing.sandbox.hrss;

/**
 * The minimum wage tier of a county-level division.
 *
 * @param regionCode GB/T 2260, for example {@code 330302}
 * @param name for example 鹿城区
 */
public record CountyWageTier(String regionCode, String name, int tier) {}
