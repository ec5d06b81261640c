package org.syncscope.replay;

/** Told after every committed batch, on the replaying thread: return quickly. */
@FunctionalInterface
public interface ReplayListener {

	/** Ignores progress. */
	ReplayListener NONE = progress -> {
	};

	void batchCommitted(ReplayProgress progress);
}
