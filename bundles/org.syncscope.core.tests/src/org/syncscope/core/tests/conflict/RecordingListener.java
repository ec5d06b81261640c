package org.syncscope.core.tests.conflict;

import java.util.ArrayList;
import java.util.List;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.event.ChangeEvent;

/** Remembers every notification of a detector, in order, as text and objects. */
final class RecordingListener implements ConflictListener {

	final List<String> calls = new ArrayList<>();
	final List<Conflict> conflicts = new ArrayList<>();

	@Override
	public void conflictDetected(Conflict conflict) {
		calls.add("detected " + conflict.key() + " x" + conflict.versions().size());
		conflicts.add(conflict);
	}

	@Override
	public void pseudoConflictClosed(Conflict conflict) {
		calls.add("pseudo " + conflict.key());
		conflicts.add(conflict);
	}

	@Override
	public void conflictClosed(Conflict conflict, ChangeEvent event) {
		calls.add("closed " + conflict.key() + " by " + event.origin());
		conflicts.add(conflict);
	}
}
