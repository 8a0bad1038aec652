package io.pierre.schema.sql;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports to javac, on the element where there is one, so that a failure names its file and line.
 */
final class Reporter {

	private final Messager messager;

	Reporter(Messager messager) {
		this.messager = messager;
	}

	void error(Element element, String message) {
		this.messager.printMessage(Diagnostic.Kind.ERROR, message, element);
	}

	void warning(Element element, String message) {
		this.messager.printMessage(Diagnostic.Kind.MANDATORY_WARNING, message, element);
	}

	void error(String message) {
		this.messager.printMessage(Diagnostic.Kind.ERROR, message);
	}

	void note(String message) {
		this.messager.printMessage(Diagnostic.Kind.NOTE, message);
	}

}
