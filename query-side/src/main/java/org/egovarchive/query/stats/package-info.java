/**
 * Efficiency statistics (机关效能) from {@code messages} and {@code documents-admin}: the figures per
 * department and period, their definitions in one place ({@link org.egovarchive.query.stats.Figures}),
 * exports, the annual-report figures, content freshness, and the leadership dashboard.
 */
package org.egovarchive.query.stats;
