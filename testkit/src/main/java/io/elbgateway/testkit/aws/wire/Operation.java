/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Request;

/**
 * One ELBv2 operation as the client interface declares it: the method that takes the request object
 * (not the {@code Consumer<Builder>} overload), whose parameter type is the request class.
 *
 * <p>Found by the action name, case-insensitively: the wire name and the Java names differ in case
 * for some operations ({@code DescribeSSLPolicies} is {@code describeSSLPolicies(DescribeSslPoliciesRequest)}),
 * so the request class cannot be derived from the action by string.
 */
record Operation(String action, Method method) {

  private static final Map<String, Method> BY_LOWER_CASE_NAME = index();

  /** The operation the wire name {@code action} stands for, if the client has one. */
  static Optional<Operation> forAction(String action) {
    return Optional.ofNullable(BY_LOWER_CASE_NAME.get(action.toLowerCase(Locale.ROOT)))
        .map(method -> new Operation(action, method));
  }

  /** A fresh builder of the request class. */
  SdkPojo newRequestBuilder() {
    try {
      return (SdkPojo) method.getParameterTypes()[0].getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("No builder on " + method.getParameterTypes()[0], e);
    }
  }

  private static Map<String, Method> index() {
    Map<String, Method> out = new TreeMap<>();
    for (Method method : ElasticLoadBalancingV2Client.class.getMethods()) {
      Class<?>[] params = method.getParameterTypes();
      if (params.length == 1 && ElasticLoadBalancingV2Request.class.isAssignableFrom(params[0])
          && SdkPojo.class.isAssignableFrom(method.getReturnType())) {
        out.put(method.getName().toLowerCase(Locale.ROOT), method);
      }
    }
    return out;
  }
}
