/**
 * The headless monitor's report: what the workbench's dashboard shows about a topology's links and clusters,
 * judged into one verdict for cron jobs and CI checks, and written as text or JSON.
 */
package org.syncscope.monitor;
