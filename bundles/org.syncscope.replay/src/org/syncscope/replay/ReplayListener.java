package org.syncscope.replay;

/** Told after every committed batch, one call at a time on one of the replay's own threads: return quickly. */
@FunctionalInterface
public interface ReplayListener {

	/** Ignores progress. */
	ReplayListener NONE = progress -> {
	};

	void batchCommitted(ReplayProgress progress);
}
