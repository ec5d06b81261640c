/**
 */
package org.syncscope.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Event Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Encoding of the change events on a link's change-log topic.
 * <!-- end-model-doc -->
 * @see org.syncscope.topology.TopologyPackage#getEventFormat()
 * @model
 * @generated
 */
public enum EventFormat implements Enumerator {
	/**
	 * The '<em><b>SYNCSCOPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SyncScope's own change-event envelope, written by the sync services.
	 * <!-- end-model-doc -->
	 * @see #SYNCSCOPE_VALUE
	 * @generated
	 * @ordered
	 */
	SYNCSCOPE(0, "SYNCSCOPE", "syncscope"),

	/**
	 * The '<em><b>DEBEZIUM JSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debezium change events written by its JSON converter, with or without the schema envelope.
	 * <!-- end-model-doc -->
	 * @see #DEBEZIUM_JSON_VALUE
	 * @generated
	 * @ordered
	 */
	DEBEZIUM_JSON(1, "DEBEZIUM_JSON", "debezium-json");

	/**
	 * The '<em><b>SYNCSCOPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SyncScope's own change-event envelope, written by the sync services.
	 * <!-- end-model-doc -->
	 * @see #SYNCSCOPE
	 * @model literal="syncscope"
	 * @generated
	 * @ordered
	 */
	public static final int SYNCSCOPE_VALUE = 0;

	/**
	 * The '<em><b>DEBEZIUM JSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debezium change events written by its JSON converter, with or without the schema envelope.
	 * <!-- end-model-doc -->
	 * @see #DEBEZIUM_JSON
	 * @model literal="debezium-json"
	 * @generated
	 * @ordered
	 */
	public static final int DEBEZIUM_JSON_VALUE = 1;

	/**
	 * An array of all the '<em><b>Event Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EventFormat[] VALUES_ARRAY =
		new EventFormat[] {
			SYNCSCOPE,
			DEBEZIUM_JSON,
		};

	/**
	 * A public read-only list of all the '<em><b>Event Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EventFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Event Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EventFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Event Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EventFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Event Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventFormat get(int value) {
		switch (value) {
			case SYNCSCOPE_VALUE: return SYNCSCOPE;
			case DEBEZIUM_JSON_VALUE: return DEBEZIUM_JSON;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EventFormat(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EventFormat
