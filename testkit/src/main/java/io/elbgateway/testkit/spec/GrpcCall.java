/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.testkit.alb.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request seen as a gRPC call (§3.5): a {@code POST} to {@code /{service}/{method}} whose first
 * {@code content-type} starts with {@code application/grpc}.
 */
final class GrpcCall {

  final String service;
  final String method;

  private GrpcCall(String service, String method) {
    this.service = service;
    this.method = method;
  }

  /** The call, or empty when the request is not a well-formed gRPC request. */
  static Optional<GrpcCall> of(HttpRequest request) {
    List<String> contentTypes = request.headerValues("content-type");
    if (!request.method().equals("POST")
        || contentTypes.isEmpty()
        || !contentTypes.get(0).toLowerCase(Locale.ROOT).startsWith("application/grpc")) {
      return Optional.empty();
    }
    String path = request.path();
    int slash = path.lastIndexOf('/');
    if (slash <= 1 || slash == path.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new GrpcCall(path.substring(1, slash), path.substring(slash + 1)));
  }
}
