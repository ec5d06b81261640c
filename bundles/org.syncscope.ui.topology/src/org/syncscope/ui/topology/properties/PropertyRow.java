package org.syncscope.ui.topology.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

/**
 * One property of the selected element as the item provider describes it: its display name, its value as
 * text, the choices for enums and references, and the undoable command that changes it.
 */
public record PropertyRow(EditingDomain domain, EObject owner, IItemPropertyDescriptor descriptor) {

	/** How a row is edited. */
	public enum Kind {
		TEXT, BOOLEAN, CHOICE, LIST, READ_ONLY
	}

	private static final String LIST_SEPARATOR = ", ";

	public String name() {
		return descriptor.getDisplayName(owner);
	}

	public EStructuralFeature feature() {
		return (EStructuralFeature) descriptor.getFeature(owner);
	}

	public Object value() {
		return owner.eGet(feature());
	}

	public Kind kind() {
		EStructuralFeature feature = feature();
		if (!descriptor.canSetProperty(owner)) {
			return Kind.READ_ONLY;
		}
		if (descriptor.getChoiceOfValues(owner) != null && !feature.isMany()) {
			return Kind.CHOICE;
		}
		if (!(feature instanceof EAttribute attribute)) {
			return Kind.READ_ONLY;
		}
		if (feature.isMany()) {
			return Kind.LIST;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == boolean.class || type == Boolean.class ? Kind.BOOLEAN : Kind.TEXT;
	}

	/** The value as the operator reads it: labels for references and enums, comma-separated lists. */
	public String text() {
		Object value = value();
		if (feature().isMany()) {
			return String.join(LIST_SEPARATOR, ((Collection<?>) value).stream().map(this::label).toList());
		}
		return label(value);
	}

	/** The label of one value (a choice, an element of a list). */
	public String label(Object value) {
		if (value == null) {
			return "";
		}
		IItemLabelProvider labels = descriptor.getLabelProvider(owner);
		return labels == null ? String.valueOf(value) : labels.getText(value);
	}

	/** What a choice row may be set to; null (unset) first for references that may be empty. */
	public List<Object> choices() {
		List<Object> choices = new ArrayList<>();
		Collection<?> offered = descriptor.getChoiceOfValues(owner);
		if (!(feature() instanceof EAttribute) && !offered.contains(null)) {
			choices.add(null);
		}
		choices.addAll(offered);
		return choices;
	}

	/**
	 * The command setting this property from what the operator typed: converted to the attribute's type,
	 * lists split at commas.
	 *
	 * @throws IllegalArgumentException if the text is not a value of the type, e.g. letters for a number
	 */
	public Command commandFromText(String text) {
		EAttribute attribute = (EAttribute) feature();
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			List<Object> values = new ArrayList<>();
			for (String item : text.split(",")) {
				if (!item.isBlank()) {
					values.add(EcoreUtil.createFromString(type, item.strip()));
				}
			}
			return command(values);
		}
		if (text.isEmpty() && !type.getInstanceClass().isPrimitive()) {
			return command(null);
		}
		return command(EcoreUtil.createFromString(type, text.strip()));
	}

	/** The command setting this property to {@code value}. */
	public Command command(Object value) {
		return SetCommand.create(domain, owner, feature(), value);
	}

	/** Sets this property through the command stack, so that it can be undone. */
	public void set(Object value) {
		domain.getCommandStack().execute(command(value));
	}
}
