package org.syncscope.resolution.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.syncscope.store.StoreException;
import org.syncscope.store.StoreInUseException;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditTrailVerifier;
import org.syncscope.store.audit.AuditVerification;

/**
 * {@code syncscope verify-audit [--store DIR]}: checks the audit trail's hash chain and says whether it is
 * intact (with its head hash, to keep elsewhere) or which row first breaks it. The exit code is for scripts:
 * {@value #INTACT} intact, {@value #BROKEN} broken, {@value #NOT_CHECKED} not checked (a bad argument, no
 * store, or the store in use by a running workbench).
 */
public final class VerifyAuditCommand {

	/** Exit code: every row follows from the one before it. */
	public static final int INTACT = 0;
	/** Exit code: a row was changed, deleted or added behind SyncScope's back. */
	public static final int BROKEN = 1;
	/** Exit code: the trail could not be checked. */
	public static final int NOT_CHECKED = 2;

	private static final String USAGE = """
			Usage: syncscope verify-audit [--store DIR]
			Checks that no row of the audit trail was changed, deleted or added behind SyncScope's back.
			  --store DIR   the store to check (default: the workspace's, the one the workbench uses)
			Exit code: 0 intact, 1 broken (the first broken row is named), 2 not checked.""";

	private final PrintStream out;
	private final PrintStream err;
	private final Path defaultStore;

	/** @param defaultStore the store checked when {@code --store} is not given */
	public VerifyAuditCommand(PrintStream out, PrintStream err, Path defaultStore) {
		this.out = out;
		this.err = err;
		this.defaultStore = defaultStore;
	}

	/** Runs the command; returns its exit code. */
	public int run(String[] args) {
		Path store = defaultStore;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--help")) {
				out.println(USAGE);
				return INTACT;
			} else if (args[i].equals("--store") && i + 1 < args.length) {
				store = Path.of(args[++i]);
			} else if (args[i].startsWith("-") && !args[i].startsWith("--")) {
				i++; // an Eclipse launcher argument (-data DIR) that reached the application
			} else {
				err.println("syncscope verify-audit: unknown argument " + args[i] + "\n" + USAGE);
				return NOT_CHECKED;
			}
		}
		if (!Files.isDirectory(store)) {
			err.println("syncscope verify-audit: there is no store in " + store);
			return NOT_CHECKED;
		}
		try (SyncScopeStore opened = SyncScopeStore.open(store)) {
			AuditVerification verification = opened.read(AuditTrailVerifier::verify);
			(verification.intact() ? out : err).println(verification.summary());
			return verification.intact() ? INTACT : BROKEN;
		} catch (StoreInUseException e) {
			err.println("syncscope verify-audit: " + e.getMessage()
					+ ". In the workbench, use Conflicts > Verify Audit Trail.");
			return NOT_CHECKED;
		} catch (SQLException | StoreException e) {
			err.println("syncscope verify-audit: the store cannot be read: " + e.getMessage());
			return NOT_CHECKED;
		}
	}
}
