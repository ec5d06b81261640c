package org.syncscope.topology.validation;

import java.text.MessageFormat;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Every problem the topology validator reports, with a stable diagnostic code and its severity, so that the
 * editor, the headless monitor and the tests can tell problems apart without parsing messages.
 */
public enum TopologyProblem {

	DUPLICATE_ID(1, Diagnostic.ERROR,
			"Id ''{0}'' is used by {1} elements; endpoint and link ids must be unique because the file refers to them by id."),
	DUPLICATE_NAME(2, Diagnostic.ERROR, "{0} name ''{1}'' is used {2} times; give each one a distinct name."),
	DUPLICATE_REPLICA_ID(3, Diagnostic.ERROR,
			"Replica id ''{0}'' is used by {1} service replicas; version vectors need one id per replica."),
	SHARED_APPLIER_GROUP(4, Diagnostic.ERROR,
			"Links {1} share applier group ''{0}''; each link needs its own consumer group, or they split the change log between them."),
	MISSING_ID(10, Diagnostic.ERROR, "{0} ''{1}'' has no id; links and the file refer to it by id."),
	ILLEGAL_ID(11, Diagnostic.ERROR,
			"Id ''{0}'' may only contain letters, digits, ''.'', ''_'' and ''-''."),
	MISSING_BOOTSTRAP_SERVERS(20, Diagnostic.ERROR,
			"Kafka cluster ''{0}'' has no bootstrap servers; expected host:port[,host:port]."),
	MALFORMED_BOOTSTRAP_SERVERS(21, Diagnostic.ERROR,
			"Bootstrap servers of Kafka cluster ''{0}'' must be host:port[,host:port] with ports 1-65535; ''{1}'' is not."),
	SASL_WITHOUT_MECHANISM(22, Diagnostic.ERROR,
			"Kafka cluster ''{0}'' uses {1} but has no SASL mechanism (for example SCRAM-SHA-512)."),
	SASL_WITHOUT_CREDENTIALS(23, Diagnostic.ERROR,
			"Kafka cluster ''{0}'' uses {1} but has no credentials key; name the secure-storage entry that holds its credentials."),
	UNKNOWN_SASL_MECHANISM(24, Diagnostic.WARNING,
			"SASL mechanism ''{1}'' of Kafka cluster ''{0}'' is not one Kafka ships with (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI, OAUTHBEARER)."),
	UNUSED_SASL_SETTINGS(25, Diagnostic.WARNING,
			"Kafka cluster ''{0}'' sets a SASL mechanism or credentials key, but its protocol {1} does not use SASL; they are ignored."),
	SECRET_IN_CLIENT_PROPERTIES(26, Diagnostic.ERROR,
			"Client property ''{1}'' of Kafka cluster ''{0}'' holds a secret; keep secrets in secure storage under the credentials key, never in the topology file."),
	MISSING_PROPERTY_KEY(27, Diagnostic.ERROR, "Kafka cluster ''{0}'' has a client property without a key."),
	DUPLICATE_PROPERTY_KEY(28, Diagnostic.ERROR,
			"Client property ''{1}'' is set {2} times on Kafka cluster ''{0}''."),
	MANAGED_PROPERTY_KEY(29, Diagnostic.WARNING,
			"Client property ''{1}'' of Kafka cluster ''{0}'' overrides a setting the cluster already defines; edit the cluster''s field instead."),
	MISSING_JDBC_URL(30, Diagnostic.ERROR, "Database ''{0}'' has no JDBC URL."),
	MALFORMED_JDBC_URL(31, Diagnostic.ERROR,
			"JDBC URL ''{1}'' of database ''{0}'' must start with jdbc:<subprotocol>:."),
	VENDOR_MISMATCH(32, Diagnostic.WARNING,
			"JDBC URL of database ''{0}'' is for ''{1}'' but its vendor is {2}."),
	PASSWORD_IN_JDBC_URL(33, Diagnostic.ERROR,
			"JDBC URL of database ''{0}'' carries a password; keep it in secure storage under the credentials key, never in the topology file."),
	MISSING_REPLICA_ID(40, Diagnostic.ERROR,
			"Service replica ''{0}'' has no replica id; its change events could not be attributed."),
	ILLEGAL_REPLICA_ID(41, Diagnostic.ERROR,
			"Replica id ''{1}'' of service replica ''{0}'' may only contain letters, digits, ''.'', ''_'' and ''-''."),
	MISSING_ENDPOINT(50, Diagnostic.ERROR, "Link ''{0}'' has no {1} endpoint."),
	SOURCE_IS_TARGET(51, Diagnostic.ERROR,
			"Link ''{0}'' has ''{1}'' as both source and target; a link replicates between two different endpoints."),
	MISSING_CLUSTER(52, Diagnostic.ERROR, "Link ''{0}'' has no Kafka cluster to carry its change log."),
	FOREIGN_CLUSTER(53, Diagnostic.ERROR,
			"Link ''{0}'' refers to Kafka cluster ''{1}'', which is not part of this topology."),
	MISSING_TOPIC(54, Diagnostic.ERROR, "Link ''{0}'' has no change-log topic."),
	ILLEGAL_TOPIC(55, Diagnostic.ERROR,
			"{1} ''{2}'' of link ''{0}'' is not a legal Kafka topic name: use 1 to 249 letters, digits, ''.'', ''_'' or ''-'', and not ''.'' or ''..''."),
	MISSING_APPLIER_GROUP(56, Diagnostic.ERROR, "Link ''{0}'' has no applier consumer group."),
	ILLEGAL_APPLIER_GROUP(57, Diagnostic.ERROR,
			"Applier group ''{1}'' of link ''{0}'' is not a legal name: use 1 to 249 letters, digits, ''.'', ''_'' or ''-'', and not ''.'' or ''..''."),
	NON_POSITIVE_LAG_THRESHOLD(58, Diagnostic.ERROR,
			"Lag thresholds of link ''{0}'' must be positive; warning is {1}s, critical is {2}s."),
	UNORDERED_LAG_THRESHOLDS(59, Diagnostic.ERROR,
			"Lag warning threshold of link ''{0}'' ({1}s) must be lower than its critical threshold ({2}s)."),
	ILLEGAL_SENSITIVE_FIELD(60, Diagnostic.ERROR,
			"Sensitive field ''{1}'' of link ''{0}'' is not a dotted field path such as customer.email (''*'' matches any one field)."),
	ILLEGAL_FIELD_RULE_PATH(62, Diagnostic.ERROR,
			"Field rule ''{1}'' of link ''{0}'' is not a dotted field path such as stock.count."),
	OVERLAPPING_FIELD_RULES(64, Diagnostic.ERROR,
			"Field rules ''{1}'' and ''{2}'' of link ''{0}'' overlap: a field, and everything inside it, has one rule."),
	FIELD_RULES_POLICY_WITHOUT_RULES(65, Diagnostic.WARNING,
			"Link ''{0}'' resolves conflicts by FIELD_RULES but has no field rule; only changes that do not overlap merge."),
	UNUSED_FIELD_RULES(66, Diagnostic.WARNING,
			"Link ''{0}'' has field rules, but its conflict policy is {1}; the rules apply only with FIELD_RULES."),
	MANUAL_POLICY_IN_CYCLE(61, Diagnostic.WARNING,
			"Link ''{0}'' is part of the multi-master cycle {1} but resolves conflicts MANUAL; every concurrent write waits for an operator. Choose an automatic conflict policy."),
	MISSING_REST_URL(70, Diagnostic.ERROR,
			"Kafka Connect cluster ''{0}'' has no REST URL; expected http(s)://host:port, for example http://127.0.0.1:8083."),
	MALFORMED_REST_URL(71, Diagnostic.ERROR,
			"REST URL ''{1}'' of Kafka Connect cluster ''{0}'' must be http(s)://host:port with a port from 1 to 65535."),
	CREDENTIALS_IN_REST_URL(72, Diagnostic.ERROR,
			"REST URL of Kafka Connect cluster ''{0}'' carries user information; keep the credentials in secure storage under the credentials key, never in the topology file."),
	MISSING_CDC_TABLES(80, Diagnostic.ERROR,
			"Debezium link ''{0}'' carries no tables; list the schema-qualified tables its connectors capture (for example public.customers)."),
	ILLEGAL_CDC_TABLE(81, Diagnostic.ERROR,
			"Table ''{1}'' of link ''{0}'' is not a schema-qualified table name such as public.customers."),
	MISSING_KEY_COLUMNS(82, Diagnostic.ERROR,
			"Debezium link ''{0}'' has no key columns; conflicts and replays are tracked per row key."),
	ILLEGAL_CDC_COLUMN(83, Diagnostic.ERROR,
			"{1} ''{2}'' of link ''{0}'' is not a legal SQL column name: start with a letter or ''_'', then letters, digits, ''_'' or ''$''."),
	VERSION_IS_ORIGIN_COLUMN(84, Diagnostic.ERROR,
			"Link ''{0}'' uses ''{1}'' as both version and origin column; the version is an integer, the origin a region name."),
	VERSION_IS_KEY_COLUMN(85, Diagnostic.ERROR,
			"Version column ''{1}'' of link ''{0}'' is also a key column; a row''s key must not change with every write."),
	MISSING_CONNECTOR(86, Diagnostic.WARNING,
			"Debezium link ''{0}'' names no {1} connector; SyncScope cannot check or restart it on Kafka Connect."),
	MISSING_CONNECT_CLUSTER(87, Diagnostic.WARNING,
			"Debezium link ''{0}'' has no Kafka Connect cluster; SyncScope cannot check its connectors."),
	FOREIGN_CONNECT_CLUSTER(88, Diagnostic.ERROR,
			"Link ''{0}'' refers to Kafka Connect cluster ''{1}'', which is not part of this topology."),
	SINK_GROUP_MISMATCH(89, Diagnostic.ERROR,
			"Applier group ''{1}'' of link ''{0}'' must be ''{2}'' or empty: Kafka Connect names the consumer group of sink connector ''{3}'' after it."),
	CDC_ENDPOINT_NOT_DATABASE(90, Diagnostic.WARNING,
			"The {1} of Debezium link ''{0}'' is ''{2}'', which is not a database; Debezium connectors read and write databases."),
	UNUSED_CDC_SETTINGS(91, Diagnostic.WARNING,
			"Link ''{0}'' uses the syncscope event format, so its CDC settings ({1}) are ignored; set the event format to debezium-json or clear them.");

	private final int code;
	private final int severity;
	private final String pattern;

	TopologyProblem(int code, int severity, String pattern) {
		this.code = code;
		this.severity = severity;
		this.pattern = pattern;
	}

	/** The {@link Diagnostic#getCode() code} of diagnostics reporting this problem. */
	public int code() {
		return code;
	}

	/** {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
	public int severity() {
		return severity;
	}

	/** The message for this problem with its arguments filled in. */
	public String message(Object... arguments) {
		return new MessageFormat(pattern).format(arguments);
	}
}
