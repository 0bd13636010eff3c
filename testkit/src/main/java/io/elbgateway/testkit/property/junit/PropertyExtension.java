/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property.junit;

import io.elbgateway.testkit.property.CounterexamplePrinter;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Property;
import io.elbgateway.testkit.property.PropertyResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a {@link PropertyTest}: resolves its {@link ForAll} parameters (JUnit needs a value before
 * the call; the engine replaces it on every try), then, instead of JUnit's single call, runs the
 * method once per try through a {@link Property} and fails with the property's report.
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

  /** Registered by {@link PropertyTest}. */
  public PropertyExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(ForAll.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // A placeholder of the right type; interceptTestMethod replaces it on every try.
    Gen<?> gen =
        generator(
            context.getRequiredTestClass(),
            context.getTestInstance().orElse(null),
            parameter.getParameter());
    return gen.samples(0, 1).get(0);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    PropertyTest settings = method.getAnnotation(PropertyTest.class);
    if (settings == null) {
      invocation.proceed();
      return;
    }
    Object target = invocationContext.getTarget().orElse(null);
    Parameter[] parameters = method.getParameters();
    List<Object> resolved = invocationContext.getArguments();
    List<Integer> generated = new ArrayList<>();
    List<Gen<?>> gens = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].isAnnotationPresent(ForAll.class)) {
        generated.add(i);
        gens.add(generator(method.getDeclaringClass(), target, parameters[i]));
      }
    }
    Gen<List<Object>> arguments =
        source -> {
          List<Object> values = new ArrayList<>(gens.size());
          for (Gen<?> gen : gens) {
            values.add(gen.generate(source));
          }
          return Collections.unmodifiableList(values);
        };
    CounterexamplePrinter printer = printer(settings);
    Property<List<Object>> property =
        Property.forAll(arguments)
            .named(method.getDeclaringClass().getSimpleName() + "." + method.getName())
            .withPrinter(value -> printArguments(printer, parameters, generated, (List<?>) value))
            .withReporter(text -> {});
    if (settings.tries() > 0) {
      property = property.withTries(settings.tries());
    }
    if (!settings.seed().isBlank()) {
      property = property.withSeed(Long.parseLong(settings.seed().trim()));
    }
    if (settings.maxShrinks() >= 0) {
      property = property.withMaxShrinks(settings.maxShrinks());
    }
    for (String requirement : settings.require()) {
      int at = requirement.lastIndexOf(">=");
      if (at < 0) {
        throw new ExtensionConfigurationException(
            "@PropertyTest require must read \"label >= share\": " + requirement);
      }
      property =
          property.require(
              requirement.substring(0, at).trim(),
              Double.parseDouble(requirement.substring(at + 2).trim()));
    }
    method.setAccessible(true);
    PropertyResult<List<Object>> result;
    try {
      result =
          property.verify(
              values -> {
                Object[] call = resolved.toArray();
                for (int i = 0; i < generated.size(); i++) {
                  call[generated.get(i)] = values.get(i);
                }
                try {
                  method.invoke(target, call);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    } finally {
      invocation.skip();
    }
    if (!result.statistics().isEmpty()) {
      context.publishReportEntry(Map.of("statistics", result.statistics().toString()));
      System.out.print(result.report());
    }
    result.assertPassed();
  }

  private static String printArguments(
      CounterexamplePrinter printer,
      Parameter[] parameters,
      List<Integer> generated,
      List<?> values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String printed = printer.print(values.get(i));
      Parameter parameter = parameters[generated.get(i)];
      String name =
          parameter.isNamePresent() ? parameter.getName() : "parameter " + (generated.get(i) + 1);
      if (printed.contains("\n")) {
        text.append(name).append(":\n");
        printed.lines().forEach(line -> text.append("  ").append(line).append('\n'));
      } else {
        text.append(name).append(" = ").append(printed).append('\n');
      }
    }
    return text.toString();
  }

  private static CounterexamplePrinter printer(PropertyTest settings) {
    Class<? extends CounterexamplePrinter> type = settings.printer();
    if (type == CounterexamplePrinter.class) {
      return CounterexamplePrinter.toStringPrinter();
    }
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new ExtensionConfigurationException(
          "cannot create printer " + type.getName() + "; it needs a public no-argument constructor",
          e);
    }
  }

  private static Gen<?> generator(Class<?> testClass, Object instance, Parameter parameter) {
    String name = parameter.getAnnotation(ForAll.class).value();
    Method factory = findFactory(testClass, name);
    if (!Modifier.isStatic(factory.getModifiers()) && instance == null) {
      throw new ExtensionConfigurationException(
          "generator method " + name + " must be static here");
    }
    try {
      factory.setAccessible(true);
      Object gen = factory.invoke(Modifier.isStatic(factory.getModifiers()) ? null : instance);
      if (!(gen instanceof Gen<?> result)) {
        throw new ExtensionConfigurationException(
            "generator method " + name + " returned " + gen + ", not a Gen");
      }
      return result;
    } catch (IllegalAccessException e) {
      throw new ExtensionConfigurationException("cannot call generator method " + name, e);
    } catch (InvocationTargetException e) {
      throw new ExtensionConfigurationException(
          "generator method " + name + " failed", e.getCause());
    }
  }

  private static Method findFactory(Class<?> testClass, String name) {
    for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
      for (Method candidate : type.getDeclaredMethods()) {
        if (candidate.getName().equals(name)
            && candidate.getParameterCount() == 0
            && Gen.class.isAssignableFrom(candidate.getReturnType())) {
          return candidate;
        }
      }
    }
    throw new ExtensionConfigurationException(
        "@ForAll(\""
            + name
            + "\"): no method "
            + name
            + "() returning a Gen in "
            + testClass.getName());
  }
}
