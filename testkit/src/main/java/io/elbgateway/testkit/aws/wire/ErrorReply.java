/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An AWS error reply: HTTP status, {@code Type} ({@code Sender} for 4xx, {@code Receiver} for 5xx,
 * as AWS marks faults), {@code Code} and {@code Message}.
 */
record ErrorReply(int status, String code, String message) {

  /** {@code Sender} when the caller is at fault (4xx), {@code Receiver} when the service is (5xx). */
  String type() {
    return status >= 500 ? "Receiver" : "Sender";
  }

  /** A 400 reply. */
  static ErrorReply sender(String code, String message) {
    return new ErrorReply(400, code, message);
  }

  /**
   * The reply for an {@link AwsServiceException} thrown by the delegate. The code and message come
   * from its {@link AwsErrorDetails}; a typed ELBv2 exception built without them
   * ({@code PriorityInUseException.builder().message(..)}) gets its code from its class name, which
   * is how the SDK names them ({@code PriorityInUse} → {@code PriorityInUseException}). The status is
   * the exception's, else its details' HTTP response's, else 400.
   */
  static ErrorReply of(AwsServiceException e) {
    Optional<AwsErrorDetails> details = Optional.ofNullable(e.awsErrorDetails());
    String code = details.map(AwsErrorDetails::errorCode)
        .orElseGet(() -> codeFromClassName(e.getClass().getSimpleName()));
    String message = details.map(AwsErrorDetails::errorMessage)
        .or(() -> Optional.ofNullable(e.getMessage()))
        .orElse(code);
    int status = e.statusCode();
    if (status == 0) {
      status = details.map(AwsErrorDetails::sdkHttpResponse).map(SdkHttpResponse::statusCode).orElse(400);
    }
    return new ErrorReply(status, code, message);
  }

  private static String codeFromClassName(String simpleName) {
    String suffix = "Exception";
    boolean generic = simpleName.equals("ElasticLoadBalancingV2Exception")
        || simpleName.equals("AwsServiceException");
    if (generic || !simpleName.endsWith(suffix)) {
      return "InternalFailure";
    }
    return simpleName.substring(0, simpleName.length() - suffix.length());
  }
}
