package org.syncscope.topology.validation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.syncscope.topology.Database;
import org.syncscope.topology.DatabaseVendor;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.TopologyPackage.Literals;

/**
 * Rules for single endpoints other than Kafka clusters: ids, JDBC URLs and replica ids.
 */
public final class EndpointRules {

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:([a-zA-Z0-9]+)(:.*)?", Pattern.DOTALL);
	/** {@code password=} as a query parameter ({@code ?}, {@code &}, {@code ;} separated) or {@code user/pass@}. */
	private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
			"[?&;:]password=|//[^/@?]+:[^/@?]*@|:[^:/@]+/[^@/]+@", Pattern.CASE_INSENSITIVE);
	private static final Map<DatabaseVendor, String> SUBPROTOCOLS = Map.of(DatabaseVendor.POSTGRESQL, "postgresql",
			DatabaseVendor.MYSQL, "mysql", DatabaseVendor.MARIADB, "mariadb", DatabaseVendor.ORACLE, "oracle",
			DatabaseVendor.SQL_SERVER, "sqlserver", DatabaseVendor.DERBY, "derby");

	private EndpointRules() {
	}

	/** Every endpoint has an id that is safe to refer to. */
	public static boolean legalId(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Ids.check(endpoint, endpoint.getId(), diagnostics);
	}

	/** A database has a {@code jdbc:<subprotocol>:...} URL that matches its vendor. */
	public static boolean wellFormedJdbcUrl(Database database, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String url = database.getJdbcUrl();
		if (Problems.isBlank(url)) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_JDBC_URL, database,
					Literals.DATABASE__JDBC_URL, Problems.label(database));
		}
		Matcher matcher = JDBC_URL.matcher(url);
		if (!matcher.matches() || matcher.group(2) == null) {
			return Problems.report(diagnostics, TopologyProblem.MALFORMED_JDBC_URL, database,
					Literals.DATABASE__JDBC_URL, Problems.label(database), url);
		}
		String subprotocol = matcher.group(1).toLowerCase(Locale.ROOT);
		String expected = SUBPROTOCOLS.get(database.getVendor());
		if (expected != null && !expected.equals(subprotocol)) {
			return Problems.report(diagnostics, TopologyProblem.VENDOR_MISMATCH, database, Literals.DATABASE__VENDOR,
					Problems.label(database), subprotocol, database.getVendor());
		}
		return true;
	}

	/** A database's JDBC URL names no password: that belongs in secure storage under its credentials key. */
	public static boolean noPasswordInJdbcUrl(Database database, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String url = database.getJdbcUrl();
		if (url != null && PASSWORD_PARAMETER.matcher(url).find()) {
			return Problems.report(diagnostics, TopologyProblem.PASSWORD_IN_JDBC_URL, database,
					Literals.DATABASE__JDBC_URL, Problems.label(database));
		}
		return true;
	}

	/** A service replica has a replica id it can stamp on its change events. */
	public static boolean legalReplicaId(ServiceReplica replica, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String replicaId = replica.getReplicaId();
		if (Problems.isBlank(replicaId)) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_REPLICA_ID, replica,
					Literals.SERVICE_REPLICA__REPLICA_ID, Problems.label(replica));
		}
		if (!Ids.isLegal(replicaId)) {
			return Problems.report(diagnostics, TopologyProblem.ILLEGAL_REPLICA_ID, replica,
					Literals.SERVICE_REPLICA__REPLICA_ID, Problems.label(replica), replicaId);
		}
		return true;
	}
}
