/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.KubernetesObject;
import java.util.List;

/** Reads test objects of the gateway.k8s.aws kinds and runs one validator on them. */
final class AwsFixtures {

  private AwsFixtures() {}

  /** An object of {@code type} named {@code ns/name} with the given {@code spec} YAML. */
  static <T> T withSpec(Class<T> type, String specYaml) {
    String indented = ("\n" + specYaml.stripTrailing()).replace("\n", "\n  ");
    return ModelMappers.yaml()
        .readValue("metadata: {name: test, namespace: ns}\nspec:" + indented + "\n", type);
  }

  static <T extends KubernetesObject> List<Violation> validate(T object, Validator<T> validator) {
    Checks checks = Checks.forObject(object.key());
    validator.validate(object, checks);
    return checks.violations();
  }

  static String paths(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append(v.path()).append(": ").append(v.message()).append('\n');
    }
    return text.toString();
  }
}
