package org.syncscope.simulator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pauses a worker thread at a safe point: {@link #awaitPaused(Duration)} returns once the worker has reached its
 * next checkpoint (its work so far flushed or committed), so a test sees a quiet system, not a racing one.
 */
final class PauseSwitch {

	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	private boolean pauseRequested;
	private boolean paused;

	/** Asks the worker to pause at its next checkpoint, without waiting. */
	void request() {
		lock.lock();
		try {
			pauseRequested = true;
		} finally {
			lock.unlock();
		}
	}

	/** Waits until the worker has paused as requested; returns whether it did in time. */
	boolean awaitPaused(Duration timeout) throws InterruptedException {
		lock.lock();
		try {
			long nanos = timeout.toNanos();
			while (!paused) {
				if (nanos <= 0) {
					return false;
				}
				nanos = changed.awaitNanos(nanos);
			}
			return true;
		} finally {
			lock.unlock();
		}
	}

	/** Lets the worker go on. */
	void resume() {
		lock.lock();
		try {
			pauseRequested = false;
			changed.signalAll();
		} finally {
			lock.unlock();
		}
	}

	/** Whether a pause is asked for (the worker finishes its work in flight before its checkpoint). */
	boolean requested() {
		lock.lock();
		try {
			return pauseRequested;
		} finally {
			lock.unlock();
		}
	}

	/** Called by the worker at a safe point: whether it should stay paused now (and records that it is). */
	boolean checkpoint() {
		lock.lock();
		try {
			if (paused != pauseRequested) {
				paused = pauseRequested;
				changed.signalAll();
			}
			return paused;
		} finally {
			lock.unlock();
		}
	}

	/** Blocks the worker while paused, at most {@code maxWait}; for workers that need not keep polling. */
	void awaitResume(long maxWaitMillis) throws InterruptedException {
		lock.lock();
		try {
			if (pauseRequested) {
				changed.await(maxWaitMillis, TimeUnit.MILLISECONDS);
			}
		} finally {
			lock.unlock();
		}
	}
}
