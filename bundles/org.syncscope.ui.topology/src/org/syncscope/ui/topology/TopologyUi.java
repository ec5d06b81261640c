package org.syncscope.ui.topology;

/**
 * Ids of the application-model elements the topology editor contributes and of its event topics, for
 * handlers that show parts and for tests that drive the editor.
 */
public final class TopologyUi {

	/** The tree editor (the Topology part of the main layout). */
	public static final String TREE_PART = "org.syncscope.ui.part.topology";
	public static final String OVERVIEW_PART = "org.syncscope.ui.topology.part.overview";
	public static final String PROPERTIES_PART = "org.syncscope.ui.topology.part.properties";
	public static final String PROBLEMS_PART = "org.syncscope.ui.topology.part.problems";

	/** Optional parameter of the Open command: the file to open instead of asking. */
	public static final String OPEN_FILE_PARAMETER = "org.syncscope.ui.topology.command.open.file";

	/** Event topic posted (with the cluster's name) after credentials were stored or removed. */
	/** The replay bundle's command; the tree offers it on a sync link when that bundle is installed. */
	public static final String REPLAY_COMMAND = "org.syncscope.ui.replay.command.replay";
	public static final String TOPIC_CREDENTIALS_CHANGED = "org/syncscope/ui/topology/credentials/changed";

	private TopologyUi() {
	}
}
