package org.syncscope.resolution;

import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.vv.Causality;
import org.syncscope.kafka.monitor.CapturedConflict;
import org.syncscope.kafka.monitor.ConflictCaptureListener;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.store.SyncScopeStore;

/**
 * Persists what the change-log readers capture: a detected conflict (with its full sibling events) becomes or
 * updates a stored conflict, and a key the detector reports clean closes it, as does a resolution seen on the
 * change log that supersedes every stored version (the detector cannot report conflicts from before a restart). The readers' threads only queue
 * the work; one thread of the recorder's own writes to the store, in the order the readers saw things.
 */
public final class ConflictRecorder implements ConflictCaptureListener, AutoCloseable {

	private final SyncScopeStore store;
	private final Clock clock;
	private final Consumer<String> errors;
	private final ExecutorService writer = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("syncscope-conflict-recorder").factory());

	/** A recorder writing to {@code store}, reporting failures to {@code errors}. */
	public ConflictRecorder(SyncScopeStore store, Clock clock, Consumer<String> errors) {
		this.store = store;
		this.clock = clock;
		this.errors = errors;
	}

	@Override
	public void captured(CapturedConflict captured) {
		Conflict conflict = captured.conflict();
		write("record conflict on " + conflict.key(), () -> store.inTransaction(connection -> ConflictRecords
				.upsert(connection, conflict.link(), conflict.key(), conflict.detectedAt(), captured.siblings(),
						conflict.versions().size(), captured.ancestor(), clock.instant())));
	}

	@Override
	public void closed(LinkSpec link, Conflict conflict, ChangeEvent event) {
		closeIf(link, event, stored -> true);
	}

	/**
	 * Closes the stored conflict of the event's key when the resolution supersedes every version it holds:
	 * after a restart the detector no longer knows conflicts stored before, so it cannot close them itself.
	 */
	@Override
	public void resolutionSeen(LinkSpec link, ChangeEvent event) {
		closeIf(link, event, stored -> !stored.siblings().isEmpty() && stored.siblings().stream()
				.allMatch(sibling -> event.version().compare(sibling.version()) == Causality.AFTER));
	}

	private void closeIf(LinkSpec link, ChangeEvent event, Predicate<StoredConflict> supersededBy) {
		write("close conflict on " + event.key(), () -> store.inTransaction(connection -> {
			var current = ConflictRecords.current(connection, link.id(), event.key());
			if (current.isPresent() && supersededBy.test(current.get())) {
				String reason = current.get().state() == ConflictState.RESOLVED
						? "written back: resolution " + event.eventId() + " seen on the change log"
						: "superseded by " + event.eventId() + " from " + event.origin();
				ConflictRecords.setState(connection, current.get().id(), ConflictState.CLOSED, reason, clock.instant());
			}
			return null;
		}));
	}

	/** Completes once everything queued so far is written. */
	public CompletableFuture<Void> flush() {
		return CompletableFuture.runAsync(() -> {
		}, writer);
	}

	private void write(String what, SqlTask task) {
		writer.execute(() -> {
			try {
				task.run();
			} catch (SQLException | RuntimeException e) {
				errors.accept("Could not " + what + ": " + e.getMessage());
			}
		});
	}

	@FunctionalInterface
	private interface SqlTask {
		Object run() throws SQLException;
	}

	/** Writes what is queued, then stops. */
	@Override
	public void close() {
		writer.shutdown();
		try {
			writer.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
