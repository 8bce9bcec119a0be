package jp.vaccinationoffice.caseserver.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.operaton.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelLogger;
import org.operaton.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.operaton.bpm.engine.variable.context.VariableContext;

/**
 * The engine's FEEL for decision tables, with each expression and input entry parsed once.
 *
 * <p>The engine hands FEEL the text of a cell and parses it again at every evaluation: parsing was
 * three quarters of the time a decision took, every case evaluating the same few tables. The parsed
 * form depends only on the text, so it is kept per text; the evaluation, its context (the case's
 * variables and the input value) and its errors are the engine's own. Text that does not parse is
 * not kept and goes the engine's way, which reports the error as before.
 */
class ParsedOnceFeelEngine extends ScalaFeelEngine {

  /** Decision tables are few; a bound keeps redeployed and stray texts from piling up. */
  static final int MAX_PARSED = 2_000;

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngineApi::parseExpression);
    if (parsed == null) {
      return super.evaluateSimpleExpression(expression, variableContext);
    }
    return result(feelEngineApi.evaluate(parsed, context(variableContext)).toEither());
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngineApi::parseUnaryTests);
    if (parsed == null) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    Object input = inputVariable != null && variableContext != null && variableContext.containsVariable(inputVariable)
        ? variableContext.resolve(inputVariable).getValue() : null;
    return ParsedOnceFeelEngine.<Boolean>result(
        feelEngineApi.evaluateWithInput(parsed, input, context(variableContext)).toEither());
  }

  /** The texts kept parsed: expressions, then input entries. */
  List<String> parsedTexts() {
    List<String> texts = new ArrayList<>(expressions.keySet());
    texts.addAll(unaryTests.keySet());
    return texts;
  }

  private static ParsedExpression parsed(Map<String, ParsedExpression> parsedByText, String text,
      Function<String, ParseResult> parse) {
    ParsedExpression known = parsedByText.get(text);
    if (known != null) {
      return known;
    }
    ParseResult result = parse.apply(text);
    if (result.isFailure()) {
      return null;
    }
    if (parsedByText.size() >= MAX_PARSED) {
      parsedByText.clear();
    }
    parsedByText.put(text, result.parsedExpression());
    return result.parsedExpression();
  }

  private Context context(VariableContext variableContext) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new VariableProvider.CompositeVariableProvider(toScalaList(new ContextVariableWrapper(variableContext)));
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> T result(Either<FeelEngine.Failure, Object> evaluation) {
    if (evaluation instanceof Right<FeelEngine.Failure, Object> value) {
      return (T) value.value();
    }
    throw ScalaFeelLogger.LOGGER.evaluationException(evaluation.left().get().message());
  }
}
