package org.syncscope.replay.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.apache.kafka.common.errors.InterruptException;

/**
 * One thread that runs a copy's sending work in the order it was handed over, while the handing thread reads
 * on. At most {@code ahead} pieces of work wait or run at a time (handing over more waits), so reading cannot
 * run away from sending. The first failure (exception or error) is kept: later work is skipped and
 * {@link #awaitIdle} rethrows it in the handing thread.
 */
final class SendingThread implements AutoCloseable {

	private final ExecutorService executor;
	private final Semaphore ahead;
	private volatile Throwable failure;
	private Future<?> last;

	SendingThread(String name, int ahead) {
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
		this.ahead = new Semaphore(ahead);
	}

	/** Hands {@code work} over; waits while {@code ahead} pieces are still pending. */
	void submit(Runnable work) {
		try {
			ahead.acquire();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptException(e);
		}
		last = executor.submit(() -> {
			try {
				if (failure == null) {
					work.run();
				}
			} catch (RuntimeException | Error e) {
				failure = e;
			} finally {
				ahead.release();
			}
		});
	}

	/** Whether some work failed (everything handed over after it is skipped). */
	boolean failed() {
		return failure != null;
	}

	/** Waits until everything handed over has run; rethrows the first failure. */
	void awaitIdle() {
		if (last != null) {
			try {
				last.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptException(e);
			} catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause()); // the work's wrapper keeps its failures
			}
		}
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		if (failure instanceof Error e) {
			throw e;
		}
	}

	/** Waits until everything handed over has run, whatever failed (the copy is ending anyway). */
	void awaitIdleQuietly() {
		try {
			if (last != null) {
				last.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// kept as the failure, reported by awaitIdle
		}
	}

	@Override
	public void close() {
		executor.shutdown();
	}
}
