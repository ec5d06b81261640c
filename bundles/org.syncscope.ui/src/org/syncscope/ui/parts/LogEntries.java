package org.syncscope.ui.parts;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.IStatus;

/**
 * The most recent log entries, bounded so that a noisy failure cannot exhaust memory. Thread-safe: log
 * listeners are called on whatever thread logs.
 */
final class LogEntries {

	/** One logged status and the wall-clock time it arrived. */
	record Entry(LocalTime time, IStatus status) {
	}

	private final int capacity;
	private final Deque<Entry> entries = new ArrayDeque<>();

	LogEntries(int capacity) {
		this.capacity = capacity;
	}

	synchronized void add(Entry entry) {
		entries.addFirst(entry);
		while (entries.size() > capacity) {
			entries.removeLast();
		}
	}

	synchronized List<Entry> newestFirst() {
		return new ArrayList<>(entries);
	}
}
