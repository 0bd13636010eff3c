/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.acm.model.AcmException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CertificateNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateListenerException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateLoadBalancerNameException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateTagKeysException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DuplicateTargetGroupNameException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.IncompatibleProtocolsException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.InvalidConfigurationRequestException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.InvalidLoadBalancerActionException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.InvalidSchemeException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.InvalidSecurityGroupException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.InvalidSubnetException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.InvalidTargetException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.OperationNotPermittedException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PriorityInUseException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ResourceInUseException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SslPolicyNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAssociationLimitException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyActionsException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyCertificatesException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyListenersException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyLoadBalancersException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyRulesException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyTagsException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyTargetGroupsException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyTargetsException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TooManyUniqueTargetGroupsPerLoadBalancerException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.UnsupportedProtocolException;
import software.amazon.awssdk.services.shield.model.ShieldException;
import software.amazon.awssdk.services.wafv2.model.Wafv2Exception;
import software.amazon.awssdk.services.wafv2.model.WafNonexistentItemException;
import software.amazon.awssdk.services.wafv2.model.WafUnavailableEntityException;

/**
 * Builds the exceptions one AWS service throws, as the SDK would after parsing an error reply: the
 * typed subclass where the SDK has one for the error code (so callers can catch either), with
 * {@link AwsErrorDetails} carrying the code, message, service name and HTTP status.
 */
final class ServiceErrors {

  static final ServiceErrors ELBV2 =
      new ServiceErrors(
          "ElasticLoadBalancingV2",
          ElasticLoadBalancingV2Exception::builder,
          Map.ofEntries(
              Map.entry("PriorityInUse", PriorityInUseException::builder),
              Map.entry("TooManyRules", TooManyRulesException::builder),
              Map.entry("TooManyActions", TooManyActionsException::builder),
              Map.entry("TooManyTargetGroups", TooManyTargetGroupsException::builder),
              Map.entry(
                  "TooManyUniqueTargetGroupsPerLoadBalancer",
                  TooManyUniqueTargetGroupsPerLoadBalancerException::builder),
              Map.entry("TargetGroupAssociationLimit", TargetGroupAssociationLimitException::builder),
              Map.entry("TooManyListeners", TooManyListenersException::builder),
              Map.entry("DuplicateListener", DuplicateListenerException::builder),
              Map.entry("TooManyCertificates", TooManyCertificatesException::builder),
              Map.entry("CertificateNotFound", CertificateNotFoundException::builder),
              Map.entry("DuplicateLoadBalancerName", DuplicateLoadBalancerNameException::builder),
              Map.entry("DuplicateTargetGroupName", DuplicateTargetGroupNameException::builder),
              Map.entry("TooManyLoadBalancers", TooManyLoadBalancersException::builder),
              Map.entry("TooManyTargets", TooManyTargetsException::builder),
              Map.entry("TooManyTags", TooManyTagsException::builder),
              Map.entry("DuplicateTagKeys", DuplicateTagKeysException::builder),
              Map.entry("ResourceInUse", ResourceInUseException::builder),
              Map.entry("InvalidConfigurationRequest", InvalidConfigurationRequestException::builder),
              Map.entry("InvalidLoadBalancerAction", InvalidLoadBalancerActionException::builder),
              Map.entry("IncompatibleProtocols", IncompatibleProtocolsException::builder),
              Map.entry("UnsupportedProtocol", UnsupportedProtocolException::builder),
              Map.entry("SSLPolicyNotFound", SslPolicyNotFoundException::builder),
              Map.entry("LoadBalancerNotFound", LoadBalancerNotFoundException::builder),
              Map.entry("ListenerNotFound", ListenerNotFoundException::builder),
              Map.entry("RuleNotFound", RuleNotFoundException::builder),
              Map.entry("TargetGroupNotFound", TargetGroupNotFoundException::builder),
              Map.entry("InvalidTarget", InvalidTargetException::builder),
              Map.entry("InvalidSubnet", InvalidSubnetException::builder),
              Map.entry("InvalidSecurityGroup", InvalidSecurityGroupException::builder),
              Map.entry("InvalidScheme", InvalidSchemeException::builder),
              Map.entry("OperationNotPermitted", OperationNotPermittedException::builder)));

  static final ServiceErrors WAFV2 =
      new ServiceErrors(
          "WAFV2",
          Wafv2Exception::builder,
          Map.of(
              "WAFNonexistentItemException", WafNonexistentItemException::builder,
              "WAFUnavailableEntityException", WafUnavailableEntityException::builder));

  static final ServiceErrors ACM =
      new ServiceErrors(
          "ACM",
          AcmException::builder,
          Map.of(
              "ResourceNotFoundException",
              software.amazon.awssdk.services.acm.model.ResourceNotFoundException::builder,
              "ThrottlingException",
              software.amazon.awssdk.services.acm.model.ThrottlingException::builder,
              "InvalidArnException",
              software.amazon.awssdk.services.acm.model.InvalidArnException::builder));

  static final ServiceErrors SHIELD =
      new ServiceErrors(
          "Shield",
          ShieldException::builder,
          Map.of(
              "ResourceNotFoundException",
              software.amazon.awssdk.services.shield.model.ResourceNotFoundException::builder,
              "ResourceAlreadyExistsException",
              software.amazon.awssdk.services.shield.model.ResourceAlreadyExistsException::builder,
              "InvalidParameterException",
              software.amazon.awssdk.services.shield.model.InvalidParameterException::builder));

  private final String serviceName;
  private final Supplier<? extends AwsServiceException.Builder> base;
  private final Map<String, Supplier<? extends AwsServiceException.Builder>> typed;

  private ServiceErrors(
      String serviceName,
      Supplier<? extends AwsServiceException.Builder> base,
      Map<String, Supplier<? extends AwsServiceException.Builder>> typed) {
    this.serviceName = serviceName;
    this.base = base;
    this.typed = typed;
  }

  String serviceName() {
    return serviceName;
  }

  /** A client error (HTTP 400) with {@code code}. */
  AwsServiceException error(String code, String message) {
    return error(code, 400, message);
  }

  /** An error with {@code code} and HTTP {@code status}. */
  AwsServiceException error(String code, int status, String message) {
    AwsServiceException.Builder builder = typed.getOrDefault(code, base).get();
    return builder
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName(serviceName)
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build())
        .statusCode(status)
        .message(message)
        .build();
  }

  /** Throttling as AWS reports it (alb-elbv2.md §8.4). */
  AwsServiceException throttle() {
    return error("ThrottlingException", 400, "Rate exceeded");
  }

  /** An internal failure of the service. */
  AwsServiceException serverError() {
    return error("InternalFailure", 500, "We encountered an internal error. Please try again.");
  }
}
