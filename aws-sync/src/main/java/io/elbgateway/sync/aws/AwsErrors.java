/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What an AWS error means to the engine: whether waiting and trying again may help, its code, and
 * what a person can do about it. Codes are the AWS Query/JSON error codes (alb-elbv2.md §8.3, §8.4,
 * §9); both {@code Throttling} and {@code ThrottlingException} are throttles, as in the SDKs' own
 * retry tables.
 */
public final class AwsErrors {

  private static final Set<String> TRANSIENT =
      Set.of(
          "Throttling",
          "ThrottlingException",
          "ThrottledException",
          "RequestLimitExceeded",
          "RequestThrottled",
          "RequestThrottledException",
          "TooManyRequestsException",
          "PriorRequestNotComplete",
          "HealthUnavailable",
          "InternalFailure",
          "InternalError",
          "ServiceUnavailable",
          "WAFInternalErrorException",
          "WAFUnavailableEntityException",
          "RequestTimeout",
          "RequestTimeoutException");

  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry("TooManyRules", "the load balancer has reached its rules quota (100 by default); merge routes or ask AWS for a higher quota"),
          Map.entry("TooManyTargetGroups", "the Region's target group quota or the 5 per action limit is reached; remove unused target groups or split the backends"),
          Map.entry("TooManyLoadBalancers", "the Region's load balancer quota is reached; delete unused load balancers or ask AWS for more"),
          Map.entry("TooManyListeners", "the load balancer has reached its listener quota (50)"),
          Map.entry("TooManyCertificates", "the load balancer has reached its certificate quota (25 besides defaults)"),
          Map.entry("TooManyTargets", "the target group or load balancer has reached its targets quota"),
          Map.entry("TooManyTags", "a resource may carry 50 tags; remove tags from the configuration"),
          Map.entry("DuplicateLoadBalancerName", "another load balancer with this name exists with other settings; delete it or rename the Gateway"),
          Map.entry("DuplicateTargetGroupName", "another target group with this name exists with other settings; delete it or choose another targetGroupName"),
          Map.entry("DuplicateListener", "a listener on this port exists that elbgateway does not own; remove it or use another port"),
          Map.entry("PriorityInUse", "a rule elbgateway does not own holds this priority; move or remove that rule"),
          Map.entry("CertificateNotFound", "the certificate ARN does not exist or is not issued in this Region; fix the certificate reference"),
          Map.entry("SSLPolicyNotFound", "the SSL policy name is not known; see DescribeSSLPolicies for valid names"),
          Map.entry("ALPNPolicyNotFound", "the ALPN policy is not valid; use HTTP1Only, HTTP2Only, HTTP2Optional, HTTP2Preferred or None"),
          Map.entry("TargetGroupAssociationLimit", "the target group is used by another load balancer; a target group serves one load balancer only"),
          Map.entry("InvalidSubnet", "a subnet is not valid for this load balancer (ALBs need subnets in at least two zones)"),
          Map.entry("SubnetNotFound", "a subnet ID does not exist; fix loadBalancerSubnets"),
          Map.entry("InvalidSecurityGroup", "a security group ID does not exist in the VPC; fix securityGroups"),
          Map.entry("InvalidTarget", "a target is not valid for the target group (wrong VPC, address range or instance state)"),
          Map.entry("InvalidConfigurationRequest", "AWS refused the settings; read the message for the field"),
          Map.entry("InvalidLoadBalancerAction", "AWS refused an action (for example a redirect loop or HTTPS to HTTP); fix the route's filter"),
          Map.entry("IncompatibleProtocols", "the target group's protocol does not fit the listener's"),
          Map.entry("OperationNotPermitted", "AWS does not allow this change (for example deletion protection is on)"),
          Map.entry("AccessDenied", "the credentials lack a permission; grant the IAM action named in the message"),
          Map.entry("AccessDeniedException", "the credentials lack a permission; grant the IAM action named in the message"),
          Map.entry("UnauthorizedOperation", "the credentials lack a permission; grant the IAM action named in the message"),
          Map.entry("WAFNonexistentItemException", "the web ACL does not exist in this Region; fix wafV2.webACL"),
          Map.entry("WAFInvalidParameterException", "the web ACL ARN is not valid; it must be a REGIONAL web ACL"),
          Map.entry("ResourceInUse", "the resource is still used by another; the next sync retries once it is free"));

  private AwsErrors() {}

  /** Whether trying the same call again later may succeed. */
  public static boolean transientError(SdkException error) {
    if (error instanceof AwsServiceException) {
      AwsServiceException service = (AwsServiceException) error;
      if (service.statusCode() >= 500 || service.isThrottlingException()) {
        return true;
      }
      return code(error).map(TRANSIENT::contains).orElse(false);
    }
    // No reply (timeout, reset connection): the call may or may not have taken effect; the
    // engine's calls are idempotent or recover from their own earlier success.
    return error instanceof SdkClientException || error.retryable();
  }

  /** The AWS error code, when AWS replied. */
  public static Optional<String> code(SdkException error) {
    if (error instanceof AwsServiceException) {
      AwsServiceException service = (AwsServiceException) error;
      if (service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
        return Optional.of(service.awsErrorDetails().errorCode());
      }
    }
    return Optional.empty();
  }

  /** Whether the error has this AWS code. */
  public static boolean hasCode(SdkException error, String code) {
    return code(error).map(code::equals).orElse(false);
  }

  /** The error's message without the SDK's request-ID decoration. */
  public static String message(SdkException error) {
    if (error instanceof AwsServiceException) {
      AwsServiceException service = (AwsServiceException) error;
      if (service.awsErrorDetails() != null && service.awsErrorDetails().errorMessage() != null) {
        return service.awsErrorDetails().errorMessage();
      }
    }
    return String.valueOf(error.getMessage());
  }

  /** What a person can do about the error, when the code says. */
  public static Optional<String> hint(SdkException error) {
    if (transientError(error)) {
      return Optional.of("AWS did not complete the call in time or throttled it; the next sync retries");
    }
    return code(error).map(HINTS::get);
  }
}
