package org.syncscope.topology.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.Database;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyPackage.Literals;

/**
 * Rules for CDC links, whose change events are written by a Debezium source connector and applied by a sink
 * connector on Kafka Connect: what SyncScope needs to key rows, find the connectors and read the sink's lag.
 */
public final class CdcLinkRules {

	private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*\\.[A-Za-z_][A-Za-z0-9_$]*");
	private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

	private CdcLinkRules() {
	}

	/** A CDC link lists schema-qualified tables and the key columns of their rows. */
	public static boolean cdcTablesAndKeys(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!CdcLinks.isCdc(link)) {
			return true;
		}
		boolean valid = true;
		if (link.getTables().isEmpty()) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_CDC_TABLES, link, Literals.SYNC_LINK__TABLES,
					Problems.label(link));
		}
		for (String table : link.getTables()) {
			if (table == null || !TABLE.matcher(table).matches()) {
				valid = Problems.report(diagnostics, TopologyProblem.ILLEGAL_CDC_TABLE, link,
						Literals.SYNC_LINK__TABLES, Problems.label(link), table);
			}
		}
		if (link.getKeyColumns().isEmpty()) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_KEY_COLUMNS, link,
					Literals.SYNC_LINK__KEY_COLUMNS, Problems.label(link));
		}
		return valid;
	}

	/** Key, version and origin columns are SQL names, and the version column is neither key nor origin. */
	public static boolean legalCdcColumns(SyncLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!CdcLinks.isCdc(link)) {
			return true;
		}
		String label = Problems.label(link);
		boolean valid = true;
		for (String column : link.getKeyColumns()) {
			valid &= legalColumn(diagnostics, link, Literals.SYNC_LINK__KEY_COLUMNS, "Key column", column);
		}
		String version = link.getVersionColumn();
		String origin = link.getOriginColumn();
		if (!Problems.isBlank(version)) {
			valid &= legalColumn(diagnostics, link, Literals.SYNC_LINK__VERSION_COLUMN, "Version column", version);
			if (version.equalsIgnoreCase(origin)) {
				valid = Problems.report(diagnostics, TopologyProblem.VERSION_IS_ORIGIN_COLUMN, link,
						Literals.SYNC_LINK__VERSION_COLUMN, label, version);
			}
			if (link.getKeyColumns().stream().anyMatch(version::equalsIgnoreCase)) {
				valid = Problems.report(diagnostics, TopologyProblem.VERSION_IS_KEY_COLUMN, link,
						Literals.SYNC_LINK__VERSION_COLUMN, label, version);
			}
		}
		if (!Problems.isBlank(origin)) {
			valid &= legalColumn(diagnostics, link, Literals.SYNC_LINK__ORIGIN_COLUMN, "Origin column", origin);
		}
		return valid;
	}

	/** Warns when a CDC link names no source or no sink connector: SyncScope could not watch them. */
	public static boolean cdcConnectorsNamed(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!CdcLinks.isCdc(link)) {
			return true;
		}
		boolean valid = true;
		if (Problems.isBlank(link.getSourceConnector())) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_CONNECTOR, link,
					Literals.SYNC_LINK__SOURCE_CONNECTOR, Problems.label(link), "source");
		}
		if (Problems.isBlank(link.getSinkConnector())) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_CONNECTOR, link,
					Literals.SYNC_LINK__SINK_CONNECTOR, Problems.label(link), "sink");
		}
		return valid;
	}

	/** A CDC link's Kafka Connect cluster is set and part of the link's own topology. */
	public static boolean connectClusterInTopology(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		KafkaConnectCluster connect = link.getConnectCluster();
		if (connect == null) {
			return !CdcLinks.isCdc(link) || Problems.report(diagnostics, TopologyProblem.MISSING_CONNECT_CLUSTER,
					link, Literals.SYNC_LINK__CONNECT_CLUSTER, Problems.label(link));
		}
		if (connect.eIsProxy() || link.eContainer() instanceof Topology topology
				&& !topology.getEndpoints().contains(connect)) {
			String name = connect.eIsProxy() ? ((InternalEObject) connect).eProxyURI().toString()
					: Problems.label(connect);
			return Problems.report(diagnostics, TopologyProblem.FOREIGN_CONNECT_CLUSTER, link,
					Literals.SYNC_LINK__CONNECT_CLUSTER, Problems.label(link), name);
		}
		return true;
	}

	/** An applier group set on a CDC link with a sink connector is the group Kafka Connect gives that sink. */
	public static boolean sinkApplierGroup(SyncLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String group = link.getApplierGroup();
		String sink = link.getSinkConnector();
		if (!CdcLinks.isCdc(link) || Problems.isBlank(group) || Problems.isBlank(sink)
				|| group.equals(CdcLinks.sinkGroup(sink))) {
			return true;
		}
		return Problems.report(diagnostics, TopologyProblem.SINK_GROUP_MISMATCH, link,
				Literals.SYNC_LINK__APPLIER_GROUP, Problems.label(link), group, CdcLinks.sinkGroup(sink), sink);
	}

	/** Warns when a CDC link's source or target is not a database. */
	public static boolean cdcBetweenDatabases(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!CdcLinks.isCdc(link)) {
			return true;
		}
		boolean valid = true;
		valid &= isDatabase(diagnostics, link, Literals.SYNC_LINK__SOURCE, "source", link.getSource());
		valid &= isDatabase(diagnostics, link, Literals.SYNC_LINK__TARGET, "target", link.getTarget());
		return valid;
	}

	/** Warns when a link in SyncScope's own format carries CDC settings, which nothing reads. */
	public static boolean unusedCdcSettings(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (CdcLinks.isCdc(link)) {
			return true;
		}
		List<String> used = new ArrayList<>();
		addIf(used, link.getConnectCluster() != null, "connect cluster");
		addIf(used, !Problems.isBlank(link.getSourceConnector()), "source connector");
		addIf(used, !Problems.isBlank(link.getSinkConnector()), "sink connector");
		addIf(used, !link.getTables().isEmpty(), "tables");
		addIf(used, !link.getKeyColumns().isEmpty(), "key columns");
		addIf(used, !Problems.isBlank(link.getVersionColumn()), "version column");
		addIf(used, !Problems.isBlank(link.getOriginColumn()), "origin column");
		if (used.isEmpty()) {
			return true;
		}
		return Problems.report(diagnostics, TopologyProblem.UNUSED_CDC_SETTINGS, link,
				Literals.SYNC_LINK__EVENT_FORMAT, Problems.label(link), String.join(", ", used));
	}

	private static boolean legalColumn(DiagnosticChain diagnostics, SyncLink link,
			EStructuralFeature feature, String role, String column) {
		if (column != null && COLUMN.matcher(column).matches()) {
			return true;
		}
		return Problems.report(diagnostics, TopologyProblem.ILLEGAL_CDC_COLUMN, link, feature, Problems.label(link),
				role, column);
	}

	private static boolean isDatabase(DiagnosticChain diagnostics, SyncLink link,
			EStructuralFeature feature, String role, Endpoint endpoint) {
		if (endpoint == null || endpoint instanceof Database) {
			return true;
		}
		return Problems.report(diagnostics, TopologyProblem.CDC_ENDPOINT_NOT_DATABASE, link, feature,
				Problems.label(link), role, Problems.label(endpoint));
	}

	private static void addIf(List<String> names, boolean condition, String name) {
		if (condition) {
			names.add(name);
		}
	}
}
