/**
 * SyncScope's monitoring figures as Prometheus metrics: a collector over the monitoring service's newest
 * snapshot and an HTTP endpoint serving it, shared by the headless monitor and the workbench.
 */
package org.syncscope.metrics;
