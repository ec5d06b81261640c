package org.syncscope.monitor;

import java.io.PrintStream;

/** How a report is written: a table for people, or one JSON object per report for scripts. */
public enum ReportFormat {
	TEXT, JSON;

	/** Writes {@code report} to {@code out} in this format. */
	public void write(MonitorReport report, PrintStream out) {
		switch (this) {
		case TEXT -> TextReport.write(report, out);
		case JSON -> JsonReport.write(report, out);
		}
		out.flush();
	}
}
