package io.pierre.schema.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Finds the statements of a round: the constants marked {@link PierreSql} and the {@code value}
 * of Spring Data JDBC's {@code @Query} where that annotation is on the class path. It reads
 * {@code @Query} by name, so that the processor needs no Spring Data.
 */
final class StatementScanner {

	static final String SPRING_DATA_QUERY = "org.springframework.data.jdbc.repository.query.Query";

	private final Elements elements;

	private final Reporter reporter;

	StatementScanner(Elements elements, Reporter reporter) {
		this.elements = elements;
		this.reporter = reporter;
	}

	List<SqlStatement> scan(RoundEnvironment round) {
		List<SqlStatement> statements = new ArrayList<>();
		TypeElement pierreSql = this.elements.getTypeElement(PierreSql.class.getCanonicalName());
		if (pierreSql != null) {
			for (Element element : round.getElementsAnnotatedWith(pierreSql)) {
				constant(element).ifPresent(statements::add);
			}
		}
		TypeElement query = this.elements.getTypeElement(SPRING_DATA_QUERY);
		if (query != null) {
			for (Element element : round.getElementsAnnotatedWith(query)) {
				if (element.getKind() == ElementKind.METHOD) {
					queryValue((ExecutableElement) element, query).ifPresent(statements::add);
				}
			}
		}
		return statements;
	}

	private Optional<SqlStatement> constant(Element element) {
		Object value = (element instanceof VariableElement variable) ? variable.getConstantValue() : null;
		if (!(value instanceof String text)) {
			this.reporter.error(element,
					"@PierreSql marks a static final String constant whose value is known when compiling");
			return Optional.empty();
		}
		return Optional.of(new SqlStatement(element, text));
	}

	private Optional<SqlStatement> queryValue(ExecutableElement method, TypeElement query) {
		AnnotationMirror annotation = mirror(method, query);
		for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues()
			.entrySet()) {
			if (entry.getKey().getSimpleName().contentEquals("value")
					&& entry.getValue().getValue() instanceof String text && !text.isBlank()) {
				return Optional.of(new SqlStatement(method, text));
			}
		}
		// A named query, defined in a properties file: not in the sources.
		return Optional.empty();
	}

	private static AnnotationMirror mirror(Element element, TypeElement annotation) {
		for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
			if (mirror.getAnnotationType().asElement().equals(annotation)) {
				return mirror;
			}
		}
		return null;
	}

}
