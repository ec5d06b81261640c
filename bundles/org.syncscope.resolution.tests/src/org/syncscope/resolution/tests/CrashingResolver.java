package org.syncscope.resolution.tests;

import java.nio.file.Path;
import java.time.Clock;

import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.resolution.ConsoleSettings;
import org.syncscope.resolution.Decision;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.RowWriteBack;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.store.SyncScopeStore;

/**
 * Run in a separate JVM by {@link CrashRecoveryTest}: resolves one stored conflict and, right after the
 * commit and before anything is published, announces {@value #COMMITTED} and waits to be killed with -9.
 */
public final class CrashingResolver {

	/** Printed once the resolution is committed. */
	public static final String COMMITTED = "COMMITTED";

	private CrashingResolver() {
	}

	/** Arguments: store folder, conflict id, link id, link topic. */
	public static void main(String[] args) throws Exception {
		LinkSpec link = Fixtures.link(args[2], args[3], null, ConflictPolicy.MANUAL);
		SyncScopeStore store = SyncScopeStore.open(Path.of(args[0]));
		ResolutionService service = new ResolutionService(store, Fixtures.directory(link, CrashRecoveryTest.CLUSTER),
				new ConsoleSettings("crasher", false, ConsoleSettings.RESOLVER_REPLICA), Clock.systemUTC(), () -> {
					System.out.println(COMMITTED);
					System.out.flush();
					while (true) {
						try {
							Thread.sleep(60_000);
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}, RowWriteBack.NONE);
		StoredConflict conflict = service.conflict(Long.parseLong(args[1])).orElseThrow();
		service.apply(service.propose(conflict, new Decision.TakeNonConflicting()), "resolved, then killed");
	}
}
